import type { ScoreKey } from '@tandem/shared';
import { useMemo } from 'react';
import { prepareTrendData, type TrendData, type Trends } from './trend-data';

/** Chart-ready data for one selected score, recomputed only when the trends or score change. */
export function useTrendData(trends: Trends | undefined, key: ScoreKey): TrendData | null {
  return useMemo(() => (trends ? prepareTrendData(trends, key) : null), [trends, key]);
}
