import {
  CheckinForm,
  type CheckinScores,
  formKeys,
  instrumentVersion,
  type ItemAnswer,
  scoreCheckin,
} from '@tandem/shared';
import type { SqlSession } from '../database/sql';
import { insertScores } from './checkins.queries';

export interface ScoredCheckin {
  checkinId: string;
  clinicId: string;
  coupleId: string;
  clientId: string;
  takenAt: Date;
  form: CheckinForm;
  /** The instrument version the check-in was taken on: its answers are scored by it. */
  instrumentVersion: number;
  answers: readonly ItemAnswer[];
}

/**
 * The scores a check-in stores, per form they are scored on: a full check-in on all its items
 * (FULL) and on its pulse items alone (PULSE), so that a pulse series has a baseline; a pulse
 * check-in on its own items (PULSE).
 */
export function scoresByForm(
  form: CheckinForm,
  version: number,
  answers: readonly ItemAnswer[],
): Array<{ form: CheckinForm; scores: CheckinScores }> {
  const instrument = instrumentVersion(version);
  const pulseKeys = new Set(formKeys(instrument, CheckinForm.PULSE));
  const pulse = {
    form: CheckinForm.PULSE,
    scores: scoreCheckin(
      instrument,
      CheckinForm.PULSE,
      answers.filter((answer) => pulseKeys.has(answer.itemKey)),
    ),
  };
  if (form === CheckinForm.PULSE) return [pulse];
  return [{ form: CheckinForm.FULL, scores: scoreCheckin(instrument, form, answers) }, pulse];
}

/** Stores a check-in's scores: one row per form scored on and key (each dimension, the index). */
export async function insertCheckinScores(sql: SqlSession, checkin: ScoredCheckin) {
  const rows = scoresByForm(checkin.form, checkin.instrumentVersion, checkin.answers).flatMap(
    ({ form, scores }) => {
      const entries = Object.entries(scores.dimensions).map(([key, score]) => ({
        form,
        key,
        score,
      }));
      if (scores.index !== null) entries.push({ form, key: 'INDEX', score: scores.index });
      return entries;
    },
  );
  await sql.execute(insertScores, [
    checkin.checkinId,
    checkin.instrumentVersion,
    checkin.clinicId,
    checkin.coupleId,
    checkin.clientId,
    checkin.takenAt,
    JSON.stringify(rows),
  ]);
}
