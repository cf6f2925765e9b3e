import { higherIsBetter } from './direction';
import { reliableChangeBetween } from './forms';
import {
  ChangeStatus,
  type ChangeReference,
  type ReliableChange,
  type ScoreKey,
  type ScoreNorm,
} from './types';

// Kept here for importers of change.ts; they live apart so forms.ts can use them without a cycle.
export { higherIsBetter, RELIABLE_CHANGE_THRESHOLD } from './direction';

/**
 * Jacobson & Truax reliable change index between two scores of one form: S_diff = √2 · SD · √(1 − r),
 * RCI = (x2 − x1) / S_diff, with the sign flipped for scores where lower is better, so a positive
 * RCI always means improvement. Throws when r ≥ 1 or SD ≤ 0 (S_diff would be zero or meaningless).
 */
export function reliableChange(
  baseline: number,
  latest: number,
  sd: number,
  reliability: number,
  key: ScoreKey,
): ReliableChange {
  const reference = { sd, reliability };
  return reliableChangeBetween(baseline, reference, latest, reference, key);
}

/**
 * Jacobson & Truax cut-off c: the point between the clinical and functional means weighted by
 * the other population's SD, c = (SD_clin · M_func + SD_func · M_clin) / (SD_clin + SD_func).
 */
export function clinicalCutoff(norm: ScoreNorm): number {
  const { clinicalMean, clinicalSd, functionalMean, functionalSd } = norm;
  return (clinicalSd * functionalMean + functionalSd * clinicalMean) / (clinicalSd + functionalSd);
}

/** Jacobson & Truax cut-off a: two clinical SDs past the clinical mean, the healthy way. */
export function cutoffA(norm: ScoreNorm, key: ScoreKey): number {
  const healthy = higherIsBetter(key) ? 1 : -1;
  return norm.clinicalMean + healthy * 2 * norm.clinicalSd;
}

/** Jacobson & Truax cut-off b: two functional SDs short of the functional mean, the unhealthy way. */
export function cutoffB(norm: ScoreNorm, key: ScoreKey): number {
  const healthy = higherIsBetter(key) ? 1 : -1;
  return norm.functionalMean - healthy * 2 * norm.functionalSd;
}

export type CutoffName = 'a' | 'b' | 'c';

/**
 * All three Jacobson & Truax cut-offs and the one Tandem uses: c whenever both the clinical and
 * the functional norms exist (every score of the instrument has both).
 */
export function cutoffs(
  norm: ScoreNorm,
  key: ScoreKey,
): { a: number; b: number; c: number; used: CutoffName } {
  return { a: cutoffA(norm, key), b: cutoffB(norm, key), c: clinicalCutoff(norm), used: 'c' };
}

/** True when a score is on the functional (healthy) side of the cut-off: above it, or below it for codependence risk. */
export function isFunctional(score: number, cutoff: number, key: ScoreKey): boolean {
  return higherIsBetter(key) ? score > cutoff : score < cutoff;
}

/**
 * Classifies the change from a baseline to the latest score (both of one form). Reads it against
 * `reference` (the form's SD and reliability), else the norm's clinical SD with the given
 * reliability or the norm's alpha. DETERIORATED: reliable change for the worse. RECOVERED:
 * reliable improvement that crosses cut-off c, from the clinical side (at or past c the unhealthy
 * way) to the functional side (strictly past c the healthy way). IMPROVED: any other reliable
 * improvement. UNCHANGED: a change not larger than measurement error can explain.
 */
export function changeStatus(args: {
  baseline: number;
  latest: number;
  key: ScoreKey;
  norm: ScoreNorm;
  reliability?: number;
  reference?: ChangeReference;
}): { status: ChangeStatus; change: ReliableChange; cutoff: number } {
  const { baseline, latest, key, norm } = args;
  const reference = args.reference ?? {
    sd: norm.clinicalSd,
    reliability: args.reliability ?? norm.alpha,
  };
  const change = reliableChangeBetween(baseline, reference, latest, reference, key);
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
