import fQuantile from '@stdlib/stats-base-dists-f-quantile';

/**
 * When a clinic's own reliability replaces the instrument's default for a score: at least
 * `minClients` clients (one intake response each) and the lower bound of alpha's Feldt interval
 * at `confidence` at or above `minLowerBound`.
 */
export const CLINIC_RELIABILITY = {
  minClients: 100,
  minLowerBound: 0.7,
  confidence: 0.95,
} as const;

/**
 * Feldt (1965) confidence interval for Cronbach's alpha from n respondents and k items, from
 * (1 − α) / (1 − α̂) ~ F(n − 1, (n − 1)(k − 1)):
 * lower = 1 − (1 − α̂)·F(1 − γ/2), upper = 1 − (1 − α̂)·F(γ/2), with γ = 1 − confidence.
 */
export function feldtInterval(
  alpha: number,
  respondents: number,
  items: number,
  confidence: number = CLINIC_RELIABILITY.confidence,
): { lower: number; upper: number } {
  if (!Number.isFinite(alpha) || alpha >= 1) {
    throw new Error(`Feldt's interval needs an alpha below 1; got ${alpha}.`);
  }
  if (!Number.isInteger(respondents) || respondents < 2 || !Number.isInteger(items) || items < 2) {
    throw new Error(
      `Feldt's interval needs at least 2 respondents and 2 items; got ${respondents} and ${items}.`,
    );
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new Error(`Feldt's interval needs a confidence between 0 and 1; got ${confidence}.`);
  }
  const gamma = 1 - confidence;
  const d1 = respondents - 1;
  const d2 = (respondents - 1) * (items - 1);
  return {
    lower: 1 - (1 - alpha) * fQuantile(1 - gamma / 2, d1, d2),
    upper: 1 - (1 - alpha) * fQuantile(gamma / 2, d1, d2),
  };
}

function sampleVariance(values: readonly number[]): number {
  const mean = values.reduce((total, value) => total + value, 0) / values.length;
  return values.reduce((total, value) => total + (value - mean) ** 2, 0) / (values.length - 1);
}

/** Sample standard deviation (n − 1). Throws with fewer than two values or a value that is not finite. */
export function sampleSd(values: readonly number[]): number {
  if (values.length < 2 || !values.every((value) => Number.isFinite(value))) {
    throw new Error(`A sample SD needs at least two finite values; got ${values.length}.`);
  }
  return Math.sqrt(sampleVariance(values));
}

/**
 * Stratified alpha of a score made of strata (for the index: the five positive dimensions):
 * 1 − Σ σ²ᵢ(1 − αᵢ) / σ²_X, where `strata` holds each respondent's stratum scores (one column
 * per stratum, αᵢ in `reliabilities`) and X is their sum. A mean of the strata has the same
 * reliability as their sum. Null when it cannot be estimated: fewer than 2 respondents, no
 * strata, rows or reliabilities of a different length, a value that is not a finite number, or
 * no variance in the totals.
 */
export function stratifiedAlpha(
  strata: readonly (readonly number[])[],
  reliabilities: readonly number[],
): number | null {
  const n = strata.length;
  const k = reliabilities.length;
  if (n < 2 || k < 1) return null;
  if (!reliabilities.every((value) => Number.isFinite(value))) return null;
  if (strata.some((row) => row.length !== k || !row.every((value) => Number.isFinite(value)))) {
    return null;
  }
  const totalVariance = sampleVariance(
    strata.map((row) => row.reduce((total, value) => total + value, 0)),
  );
  if (totalVariance === 0) return null;
  let errorVariance = 0;
  for (let column = 0; column < k; column += 1) {
    errorVariance += sampleVariance(strata.map((row) => row[column])) * (1 - reliabilities[column]);
  }
  return 1 - errorVariance / totalVariance;
}
