/** The NOTIFY channel on which a change of who may see what reaches every replica. */
export const ACCESS_CHANNEL = 'tandem_access';

/**
 * Something that may end a running subscription or change what it covers: sessions of
 * `userIds` ended (sign-out, deactivation, password change), or the care team or status of
 * `coupleIds` changed. Ids only, like activity events. `everything` asks every subscription to
 * check again (the replica may have missed notifications while its listener was away).
 */
export interface AccessChange {
  clinicId?: string;
  userIds?: string[];
  coupleIds?: string[];
  everything?: boolean;
}

interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Announces a change, on `db`: inside an operation's transaction it is heard when (and only
 * if) the transaction commits; on a connection of its own, at once.
 */
export async function announceAccessChange(db: Queryable, change: AccessChange): Promise<void> {
  await db.query('SELECT pg_notify($1, $2)', [ACCESS_CHANNEL, JSON.stringify(change)]);
}
