import { withClient } from '../../../bench/src/bench-database';
import type { LoadLog } from './simulated-client';
import type { LoadClient } from './population';

export interface ExactlyOnce {
  acknowledged: number;
  /** Acknowledged submissions found stored exactly once, with the id the client was given. */
  storedOnce: number;
  lost: number;
  duplicated: number;
  mismatched: number;
  /** Check-ins whose scores were written more than once. */
  doubleScored: number;
}

/** Every acknowledged submission must exist exactly once, as acknowledged. */
export async function checkExactlyOnce(
  ownerUrl: string,
  clients: LoadClient[],
  log: LoadLog,
): Promise<ExactlyOnce> {
  return withClient(ownerUrl, async (owner) => {
    const { rows: submissions } = await owner.query(
      `SELECT occurrence_id AS target, client_id, count(*)::int AS n, min(id::text) AS id
         FROM submission WHERE occurrence_id = ANY($1::uuid[]) AND status = 'SUBMITTED'
        GROUP BY occurrence_id, client_id`,
      [clients.map((client) => client.todoId)],
    );
    const { rows: checkins } = await owner.query(
      `SELECT k.id AS target, 1 AS n, k.id::text AS id,
              (SELECT count(*)::int FROM checkin_score s WHERE s.checkin_id = k.id) AS scores
         FROM checkin k WHERE k.id = ANY($1::uuid[]) AND k.submitted_at IS NOT NULL`,
      [clients.map((client) => client.checkinId)],
    );
    const stored = new Map<string, { n: number; id: string; scores?: number }>();
    for (const row of [...submissions, ...checkins]) stored.set(row.target, row);
    const scoreCounts = new Set(checkins.map((row) => row.scores));
    const acked = new Map<string, Set<string>>();
    for (const ack of log.acks) {
      acked.set(ack.targetId, (acked.get(ack.targetId) ?? new Set()).add(ack.storedId));
    }
    let storedOnce = 0;
    let lost = 0;
    let duplicated = 0;
    let mismatched = 0;
    for (const [target, ids] of acked) {
      const row = stored.get(target);
      if (!row) lost += 1;
      else if (row.n !== 1) duplicated += 1;
      else if (ids.size !== 1 || !ids.has(row.id)) mismatched += 1;
      else storedOnce += 1;
    }
    return {
      acknowledged: acked.size,
      storedOnce,
      lost,
      duplicated,
      mismatched,
      // Every check-in carries the same number of scores; more would mean a second write.
      doubleScored: scoreCounts.size > 1 ? checkins.length : 0,
    };
  });
}
