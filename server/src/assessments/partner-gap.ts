import { MIN_DAYS_BETWEEN_MEASURES, type ScoredPoint } from '@tandem/shared';

const PAIR_WINDOW_MS = MIN_DAYS_BETWEEN_MEASURES * 86_400_000;

export interface GapPoint extends ScoredPoint {
  clientId: string;
  instrumentVersion: number;
}

export interface PartnerGap {
  a: GapPoint;
  b: GapPoint;
  /** When the later of the two was taken. */
  takenAt: Date;
  /** |a − b| in points. */
  points: number;
}

/**
 * The latest pair of the two partners' full-form index scores taken less than seven days apart
 * on the same instrument version, paired as the trend chart pairs them: closest pairs first,
 * each score at most once; the latest pair is the one whose later score is newest. Null when
 * no scores pair up.
 */
export function latestPair(
  aUnsorted: readonly GapPoint[],
  bUnsorted: readonly GapPoint[],
): PartnerGap | null {
  // Oldest first, as the chart has them, so equal distances are settled the same way.
  const [aPoints, bPoints] = [aUnsorted, bUnsorted].map((points) =>
    [...points].sort((x, y) => x.takenAt.getTime() - y.takenAt.getTime()),
  );
  const candidates: Array<{ i: number; j: number; distance: number }> = [];
  aPoints.forEach((a, i) => {
    bPoints.forEach((b, j) => {
      const distance = Math.abs(a.takenAt.getTime() - b.takenAt.getTime());
      if (distance < PAIR_WINDOW_MS && a.instrumentVersion === b.instrumentVersion) {
        candidates.push({ i, j, distance });
      }
    });
  });
  candidates.sort((x, y) => x.distance - y.distance || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  let latest: PartnerGap | null = null;
  for (const { i, j } of candidates) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    const [a, b] = [aPoints[i], bPoints[j]];
    const takenAt = a.takenAt > b.takenAt ? a.takenAt : b.takenAt;
    if (!latest || takenAt > latest.takenAt) {
      latest = { a, b, takenAt, points: Math.round(Math.abs(a.score - b.score) * 10) / 10 };
    }
  }
  return latest;
}
