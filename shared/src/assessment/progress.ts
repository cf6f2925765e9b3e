import { changeStatus } from './change';
import type {
  ChangeReference,
  MeasuredChange,
  ScoredPoint,
  ScoreKey,
  ScoreNorm,
  SeriesProgress,
} from './types';

/** Two scores closer together than this are not compared: change is "not measured yet". */
export const MIN_DAYS_BETWEEN_MEASURES = 7;

const DAY_MS = 86_400_000;

function farEnoughApart(from: ScoredPoint, to: ScoredPoint): boolean {
  return to.takenAt.getTime() - from.takenAt.getTime() >= MIN_DAYS_BETWEEN_MEASURES * DAY_MS;
}

/**
 * The landmarks of one comparable series (one client, episode, instrument version, form and
 * key; points in any order): baseline = the first score, latest = the last, previous = the last
 * score taken at least MIN_DAYS_BETWEEN_MEASURES days before the latest (which may be the
 * baseline), or null when there is none.
 */
export function landmarksOf(
  points: readonly ScoredPoint[],
): Pick<SeriesProgress, 'baseline' | 'previous' | 'latest'> {
  if (points.length === 0) return { baseline: null, previous: null, latest: null };
  // Same instant: the check-in id decides, so the answer never depends on the input order.
  const sorted = [...points].sort(
    (a, b) =>
      a.takenAt.getTime() - b.takenAt.getTime() ||
      (a.checkinId < b.checkinId ? -1 : a.checkinId > b.checkinId ? 1 : 0),
  );
  const baseline = sorted[0];
  const latest = sorted[sorted.length - 1];
  let previous: ScoredPoint | null = null;
  for (let i = sorted.length - 2; i >= 0; i -= 1) {
    if (farEnoughApart(sorted[i], latest)) {
      previous = sorted[i];
      break;
    }
  }
  return { baseline, previous, latest };
}

function measure(
  from: ScoredPoint | null,
  to: ScoredPoint | null,
  reference: ChangeReference,
  norm: ScoreNorm,
  key: ScoreKey,
): MeasuredChange | null {
  if (from === null || to === null || !farEnoughApart(from, to)) return null;
  const { status, change } = changeStatus({
    baseline: from.score,
    latest: to.score,
    key,
    norm,
    reference,
  });
  return {
    from,
    to,
    points: to.score - from.score,
    rci: change.rci,
    sDiff: change.sDiff,
    reliable: change.reliable,
    status,
  };
}

/**
 * Change since baseline and since previous, each read against the same reference (the series'
 * form) and classified against cut-off c; null ("not measured yet") while the two scores are
 * less than MIN_DAYS_BETWEEN_MEASURES days apart.
 */
export function seriesProgress(
  landmarks: Pick<SeriesProgress, 'baseline' | 'previous' | 'latest'>,
  reference: ChangeReference,
  norm: ScoreNorm,
  key: ScoreKey,
): SeriesProgress {
  const { baseline, previous, latest } = landmarks;
  return {
    baseline,
    previous,
    latest,
    sinceBaseline: measure(baseline, latest, reference, norm, key),
    sincePrevious: measure(previous, latest, reference, norm, key),
  };
}
