import {
  CheckinForm,
  CHECKIN_INSTRUMENT,
  Dimension,
  instrumentVersion,
  type ScoreKey,
  seriesProgress,
} from '@tandem/shared';
import { CheckinFormKind } from '../assessments/checkin-schedule.entity';
import { ScoreKeyName } from '../assessments/checkin-score.entity';
import type { SeriesProgressModel } from '../assessments/models/progress.models';
import { type CoupleLandmarks, seriesOf } from '../assessments/progress.reader';
import type { ReferenceBook } from '../assessments/reliability.service';
import { shownChange } from '../assessments/shown-change';

/** One partner's index in the current episode, as the caseload and the clinic outcomes read it. */
export interface PartnerIndex {
  /** Full-form index: what status and every flag are read from. */
  index: SeriesProgressModel;
  /** Pulse-form index: shown beside it, never judged. */
  pulseIndex: SeriesProgressModel;
  /** Of the latest full check-in of the episode. */
  latestCodependenceRisk: number | null;
}

/**
 * Baseline, previous and latest of one of the partner's series with the change since each,
 * read against the clinic's reference for that version and form (the same the couple page
 * uses), under the 7-day rule. A partner without a score in the series gets an empty one of
 * the current instrument version.
 */
function progressOf(
  couple: CoupleLandmarks | undefined,
  clientId: string,
  form: CheckinForm,
  key: ScoreKey,
  book: ReferenceBook,
): SeriesProgressModel {
  const landmarks = seriesOf(couple, clientId, form, key);
  const version = landmarks?.instrumentVersion ?? CHECKIN_INSTRUMENT.version;
  const base = {
    key: key as ScoreKeyName,
    form: CheckinFormKind[form],
    instrumentVersion: version,
  };
  if (!landmarks) {
    return {
      ...base,
      baseline: null,
      previous: null,
      latest: null,
      sinceBaseline: null,
      sincePrevious: null,
    };
  }
  const progress = seriesProgress(
    landmarks,
    book.of(version, form, key),
    instrumentVersion(version).norms[key],
    key,
  );
  return {
    ...base,
    baseline: progress.baseline,
    previous: progress.previous,
    latest: progress.latest,
    sinceBaseline: shownChange(progress.sinceBaseline),
    sincePrevious: shownChange(progress.sincePrevious),
  };
}

/** The partner's full and pulse index series and latest codependence risk, from the reader's landmarks. */
export function partnerIndex(
  couple: CoupleLandmarks | undefined,
  clientId: string,
  book: ReferenceBook,
): PartnerIndex {
  return {
    index: progressOf(couple, clientId, CheckinForm.FULL, 'INDEX', book),
    pulseIndex: progressOf(couple, clientId, CheckinForm.PULSE, 'INDEX', book),
    latestCodependenceRisk:
      seriesOf(couple, clientId, CheckinForm.FULL, Dimension.CODEPENDENCE_RISK)?.latest.score ??
      null,
  };
}

/** The partner gap in the order the flags name the partners (`a` is `clientIds[0]`'s score). */
export function gapOf(
  couple: CoupleLandmarks | undefined,
  clientIds: readonly string[],
): { a: number; b: number; takenAt: Date } | null {
  const gap = couple?.gap;
  if (!gap || clientIds.length !== 2) return null;
  const scoreOf = (clientId: string) =>
    gap.a.clientId === clientId ? gap.a.score : gap.b.clientId === clientId ? gap.b.score : null;
  const [a, b] = clientIds.map(scoreOf);
  if (a === null || b === null) return null;
  return { a, b, takenAt: gap.takenAt };
}
