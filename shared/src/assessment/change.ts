import { Dimension } from '../clinical-model';
import { ChangeStatus, ReliableChange, ScoreKey, ScoreNorm } from './types';

/** |RCI| at or above this is reliable change (p < .05, two-tailed). */
export const RELIABLE_CHANGE_THRESHOLD = 1.96;

/** True for every score except codependence risk, where lower is better. */
export function higherIsBetter(key: ScoreKey): boolean {
  return key !== Dimension.CODEPENDENCE_RISK;
}

/**
 * Jacobson & Truax reliable change index: S_diff = √2 · SD · √(1 − r), RCI = (x2 − x1) / S_diff,
 * with the sign flipped for scores where lower is better, so a positive RCI always means
 * improvement. Throws when r ≥ 1 or SD ≤ 0 (S_diff would be zero or meaningless).
 */
export function reliableChange(
  baseline: number,
  latest: number,
  sd: number,
  reliability: number,
  key: ScoreKey,
): ReliableChange {
  if (!Number.isFinite(baseline) || !Number.isFinite(latest)) {
    throw new Error('Reliable change needs two finite scores.');
  }
  if (!Number.isFinite(sd) || sd <= 0) {
    throw new Error(`Reliable change needs a standard deviation above 0; got ${sd}.`);
  }
  if (!Number.isFinite(reliability) || reliability >= 1) {
    throw new Error(`Reliable change needs a reliability below 1; got ${reliability}.`);
  }
  const sDiff = Math.SQRT2 * sd * Math.sqrt(1 - reliability);
  const raw = (latest - baseline) / sDiff;
  const rci = higherIsBetter(key) ? raw : -raw;
  return { rci, sDiff, reliable: Math.abs(rci) >= RELIABLE_CHANGE_THRESHOLD };
}

/**
 * Jacobson & Truax cut-off c: the point between the clinical and functional means weighted by
 * the other population's SD, c = (SD_clin · M_func + SD_func · M_clin) / (SD_clin + SD_func).
 */
export function clinicalCutoff(norm: ScoreNorm): number {
  const { clinicalMean, clinicalSd, functionalMean, functionalSd } = norm;
  return (clinicalSd * functionalMean + functionalSd * clinicalMean) / (clinicalSd + functionalSd);
}

/** True when a score is on the functional (healthy) side of the cut-off: above it, or below it for codependence risk. */
function isFunctional(score: number, cutoff: number, key: ScoreKey): boolean {
  return higherIsBetter(key) ? score > cutoff : score < cutoff;
}

/**
 * Classifies the change from a baseline to the latest score. Uses the given reliability, or the
 * norm's alpha, and the clinical SD. DETERIORATED: reliable change for the worse. RECOVERED:
 * reliable improvement that crosses the cut-off, from the clinical side (at or past c the
 * unhealthy way) to the functional side (strictly past c the healthy way). IMPROVED: any other
 * reliable improvement. UNCHANGED: no reliable change.
 */
export function changeStatus(args: {
  baseline: number;
  latest: number;
  key: ScoreKey;
  norm: ScoreNorm;
  reliability?: number;
}): { status: ChangeStatus; change: ReliableChange; cutoff: number } {
  const { baseline, latest, key, norm } = args;
  const change = reliableChange(
    baseline,
    latest,
    norm.clinicalSd,
    args.reliability ?? norm.alpha,
    key,
  );
  const cutoff = clinicalCutoff(norm);
  let status: ChangeStatus;
  if (!change.reliable) {
    status = ChangeStatus.UNCHANGED;
  } else if (change.rci < 0) {
    status = ChangeStatus.DETERIORATED;
  } else if (isFunctional(latest, cutoff, key) && !isFunctional(baseline, cutoff, key)) {
    status = ChangeStatus.RECOVERED;
  } else {
    status = ChangeStatus.IMPROVED;
  }
  return { status, change, cutoff };
}
