import type { CheckinScores } from '@tandem/shared';
import type { EntityManager } from 'typeorm';

export interface ScoredCheckin {
  checkinId: string;
  clinicId: string;
  coupleId: string;
  clientId: string;
  takenAt: Date;
  scores: CheckinScores;
}

/** Stores a check-in's scores, one row per key (each scored dimension, and the index). */
export async function insertCheckinScores(manager: EntityManager, checkin: ScoredCheckin) {
  const entries = Object.entries(checkin.scores.dimensions).map(([key, score]) => ({ key, score }));
  if (checkin.scores.index !== null) entries.push({ key: 'INDEX', score: checkin.scores.index });
  await manager.query(
    `INSERT INTO checkin_score (checkin_id, key, clinic_id, couple_id, client_id, score, taken_at)
     SELECT $1, e.key::score_key, $2, $3, $4, e.score, $5
       FROM json_to_recordset($6::json) AS e(key text, score numeric)`,
    [
      checkin.checkinId,
      checkin.clinicId,
      checkin.coupleId,
      checkin.clientId,
      checkin.takenAt,
      JSON.stringify(entries),
    ],
  );
}
