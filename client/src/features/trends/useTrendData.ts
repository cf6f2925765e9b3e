import type { ScoreKey } from '@tandem/shared';
import { useMemo } from 'react';
import { prepareTrendData, type Form, type TrendData, type Trends } from './trend-data';

/** Chart-ready data for one selected score and form, recomputed only when one of them changes. */
export function useTrendData(
  trends: Trends | undefined,
  key: ScoreKey,
  form: Form = 'FULL',
): TrendData | null {
  return useMemo(() => (trends ? prepareTrendData(trends, key, form) : null), [trends, key, form]);
}
