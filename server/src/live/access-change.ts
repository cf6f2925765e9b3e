import { DataSource, type EntityManager } from 'typeorm';
import { sqlOn, SqlSession } from '../database/sql';
import { notify } from './live.queries';

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

/**
 * Announces a change, on `db` (the operation's `Sql`, a transaction's manager, or a data source
 * for a connection of its own): inside a transaction it is heard when (and only if) the
 * transaction commits; on a connection of its own, at once.
 */
export async function announceAccessChange(
  db: SqlSession | EntityManager | DataSource,
  change: AccessChange,
): Promise<void> {
  const session = db instanceof SqlSession ? db : sqlOn(db instanceof DataSource ? db.manager : db);
  await session.execute(notify, [ACCESS_CHANNEL, JSON.stringify(change)]);
}
