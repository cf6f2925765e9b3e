import { Dimension } from '../clinical-model';
import type { ScoreKey } from './types';

/** |RCI| at or above this is reliable change (p < .05, two-tailed). */
export const RELIABLE_CHANGE_THRESHOLD = 1.96;

/** True for every score except codependence risk, where lower is better. */
export function higherIsBetter(key: ScoreKey): boolean {
  return key !== Dimension.CODEPENDENCE_RISK;
}
