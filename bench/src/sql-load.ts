import type { Pool, PoolClient } from 'pg';
import type { Extent, Sample } from './latency';

export type SqlWork = (client: PoolClient) => Promise<unknown>;

/**
 * The raw-SQL baseline: `connections` workers each taking a pooled connection, running the
 * same statements the service runs (inside the transaction that sets the clinic for row-level
 * security, as the API must), for a time or a number of requests.
 */
export async function sqlLoad(
  pool: Pool,
  scope: { clinicId: string; userId: string },
  work: SqlWork,
  connections: number,
  extent: Extent,
): Promise<Sample> {
  const latencies: number[] = [];
  let failures = 0;
  const started = process.hrtime.bigint();
  const deadline =
    'seconds' in extent ? started + BigInt(Math.round(extent.seconds * 1e9)) : undefined;
  let left = 'requests' in extent ? extent.requests : Infinity;
  const worker = async () => {
    while (deadline ? process.hrtime.bigint() < deadline : left-- > 0) {
      const t0 = process.hrtime.bigint();
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(
          "SELECT set_config('app.clinic_id', $1, true), set_config('app.user_id', $2, true)",
          [scope.clinicId, scope.userId],
        );
        await work(client);
        await client.query('COMMIT');
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      } catch {
        failures += 1;
        await client.query('ROLLBACK').catch(() => undefined);
      } finally {
        client.release();
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return { latencies, seconds: Number(process.hrtime.bigint() - started) / 1e9, failures };
}
