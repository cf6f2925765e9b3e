import {
  CHECKIN_INSTRUMENT,
  CheckinForm,
  isStraightLined,
  type ItemAnswer,
  safetyConcern,
} from '@tandem/shared';
import type { EntityManager } from 'typeorm';
import { scoresByForm } from '../assessments/checkin-scores';

/** One demo check-in on the current instrument: taken (with answers) or still owed. */
export interface DemoCheckin {
  id: string;
  scheduleId: string;
  coupleId: string;
  clientId: string;
  form: CheckinForm;
  dueAt: Date;
  /** Null while not taken. */
  takenAt: Date | null;
  answers: ItemAnswer[];
}

/**
 * Stores demo check-ins set-based, three statements whatever their number: the check-ins
 * (straight-lining marked as the submit marks it), their scores on each form as
 * `insertCheckinScores` stores them, and a safety alert, still open, for each taken one whose
 * safety answers raise concern (as the submit raises it).
 */
export async function insertDemoCheckins(
  manager: EntityManager,
  clinicId: string,
  checkins: readonly DemoCheckin[],
): Promise<void> {
  const version = CHECKIN_INSTRUMENT.version;
  const taken = checkins.filter((checkin) => checkin.takenAt !== null);
  const scores = taken.flatMap((checkin) =>
    scoresByForm(checkin.form, version, checkin.answers).flatMap(({ form, scores: scored }) =>
      [...Object.entries(scored.dimensions), ['INDEX', scored.index] as const]
        .filter(([, score]) => score !== null && score !== undefined)
        .map(([key, score]) => ({
          checkin: checkin.id,
          form,
          key,
          couple: checkin.coupleId,
          client: checkin.clientId,
          score,
          taken: checkin.takenAt,
        })),
    ),
  );
  await manager.query(
    `INSERT INTO checkin (id, clinic_id, schedule_id, couple_id, client_id, form, instrument_version, due_at,
                          answers, updated_at, submitted_at, idempotency_key, straight_lined)
     SELECT r.id, $1, r.schedule, r.couple, r.client, r.form::checkin_form, $2, r.due, r.answers,
            r.taken, r.taken, CASE WHEN r.taken IS NOT NULL THEN 'demo-' || r.id END, r.lined
       FROM json_to_recordset($3::json)
         AS r(id uuid, schedule uuid, couple uuid, client uuid, form text, due timestamptz,
              taken timestamptz, answers jsonb, lined boolean)`,
    [
      clinicId,
      version,
      JSON.stringify(
        checkins.map((checkin) => ({
          id: checkin.id,
          schedule: checkin.scheduleId,
          couple: checkin.coupleId,
          client: checkin.clientId,
          form: checkin.form,
          due: checkin.dueAt,
          taken: checkin.takenAt,
          answers: checkin.answers,
          lined:
            checkin.takenAt !== null &&
            isStraightLined(CHECKIN_INSTRUMENT, checkin.form, checkin.answers),
        })),
      ),
    ],
  );
  await manager.query(
    `INSERT INTO checkin_score (checkin_id, form, key, instrument_version, clinic_id, couple_id, client_id, score, taken_at)
     SELECT r.checkin, r.form::checkin_form, r.key::score_key, $2, $1, r.couple, r.client, r.score, r.taken
       FROM json_to_recordset($3::json)
         AS r(checkin uuid, form text, key text, couple uuid, client uuid, score numeric, taken timestamptz)`,
    [clinicId, version, JSON.stringify(scores)],
  );
  const concerns = taken.filter((checkin) => safetyConcern(CHECKIN_INSTRUMENT, checkin.answers));
  if (concerns.length === 0) return;
  await manager.query(
    `INSERT INTO safety_alert (clinic_id, couple_id, client_id, checkin_id, raised_at)
     SELECT $1, r.couple, r.client, r.id, r.taken
       FROM json_to_recordset($2::json) AS r(id uuid, couple uuid, client uuid, taken timestamptz)`,
    [
      clinicId,
      JSON.stringify(
        concerns.map((checkin) => ({
          id: checkin.id,
          couple: checkin.coupleId,
          client: checkin.clientId,
          taken: checkin.takenAt,
        })),
      ),
    ],
  );
}
