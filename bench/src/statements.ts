import { withClient } from './bench-database';

const TRIES = 3;

/**
 * SQL statements per request, from pg_stat_statements: every statement any connection sent
 * (the session lookup, the transaction, the clinic setting, the audit rows included) while
 * `requests` requests ran one after another. The job queue's own polling is left out, and the
 * least of three tries is kept, so a background reminder scan cannot inflate the figure.
 */
export async function statementsPerRequest(
  ownerUrl: string,
  send: () => Promise<void>,
  requests = 5,
): Promise<number> {
  return withClient(ownerUrl, async (owner) => {
    let least = Infinity;
    for (let attempt = 0; attempt < TRIES; attempt++) {
      await owner.query('SELECT pg_stat_statements_reset()');
      for (let i = 0; i < requests; i++) await send();
      const { rows } = await owner.query<{ calls: number }>(
        `SELECT coalesce(sum(calls), 0)::int AS calls FROM pg_stat_statements
          WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
            AND query NOT ILIKE '%pgboss%' AND query NOT ILIKE '%pg_stat_statements%'`,
      );
      least = Math.min(least, rows[0]!.calls / requests);
    }
    return Math.round(least * 10) / 10;
  });
}
