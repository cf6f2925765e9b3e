import type { Dimension } from '../../clinical-model';
import type { InstrumentItem, ScoreNorm } from '../types';

/** A scored statement; forward-keyed and outside the pulse unless flagged. */
export function item(
  key: string,
  dimension: Dimension,
  text: string,
  flags: { reverse?: boolean; pulse?: boolean } = {},
): InstrumentItem {
  return { key, text, dimension, reverse: flags.reverse ?? false, pulse: flags.pulse ?? false };
}

export function norm(
  clinicalMean: number,
  clinicalSd: number,
  functionalMean: number,
  functionalSd: number,
  alpha: number,
): ScoreNorm {
  return { clinicalMean, clinicalSd, functionalMean, functionalSd, alpha };
}

/** The 1–5 agreement scale every version so far uses. */
export const AGREEMENT_SCALE = {
  min: 1,
  max: 5,
  labels: [
    'Strongly disagree',
    'Disagree',
    'Neither agree nor disagree',
    'Agree',
    'Strongly agree',
  ],
} as const;
