function sampleVariance(values: readonly number[]): number {
  const mean = values.reduce((total, value) => total + value, 0) / values.length;
  const squares = values.reduce((total, value) => total + (value - mean) ** 2, 0);
  return squares / (values.length - 1);
}

/**
 * Cronbach's alpha for a respondents × items matrix whose answers are already reverse-keyed:
 * α = k / (k − 1) · (1 − Σ var(item) / var(total)), with sample variances (n − 1).
 * Null when there are fewer than 2 items or 2 respondents, rows of different lengths,
 * a value that is not a finite number, or no variance in the totals.
 */
export function cronbachAlpha(matrix: readonly (readonly number[])[]): number | null {
  const n = matrix.length;
  if (n < 2) return null;
  const k = matrix[0].length;
  if (k < 2) return null;
  if (matrix.some((row) => row.length !== k || !row.every((value) => Number.isFinite(value)))) {
    return null;
  }

  let itemVariances = 0;
  for (let column = 0; column < k; column += 1) {
    itemVariances += sampleVariance(matrix.map((row) => row[column]));
  }
  const totalVariance = sampleVariance(
    matrix.map((row) => row.reduce((total, value) => total + value, 0)),
  );
  if (totalVariance === 0) return null;

  return (k / (k - 1)) * (1 - itemVariances / totalVariance);
}
