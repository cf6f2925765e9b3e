import type { MeasuredChange } from '@tandem/shared';
import type { MeasuredChangeModel } from './models/progress.models';

/**
 * Change as the API shows it, on every screen alike (caseload, couple page, clinic outcomes):
 * points to tenths, RCI and S_diff to hundredths; `reliable` and the status are decided before
 * rounding.
 */
export function shownChange(change: MeasuredChange | null): MeasuredChangeModel | null {
  if (!change) return null;
  return {
    ...change,
    points: Math.round(change.points * 10) / 10,
    rci: Math.round(change.rci * 100) / 100,
    sDiff: Math.round(change.sDiff * 100) / 100,
  };
}
