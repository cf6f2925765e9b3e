import type { Instrument, ItemAnswer } from './types';

/**
 * An answer at or above this point of the 1–5 agreement scale to any safety statement is a
 * concern: 3 is "Neither agree nor disagree". Screening errs towards asking: a client who cannot
 * say they disagree with "I feel afraid of my partner" deserves an individual safety check, and
 * a needless check costs a conversation while a missed one can cost far more.
 */
export const SAFETY_CONCERN_FROM = 3;

/** The safety statements answered at SAFETY_CONCERN_FROM or above, in instrument order. */
export function safetyConcernKeys(
  instrument: Instrument,
  answers: readonly ItemAnswer[],
): string[] {
  const concerning = new Set(
    answers
      .filter((answer) => typeof answer.value === 'number' && answer.value >= SAFETY_CONCERN_FROM)
      .map((answer) => answer.itemKey),
  );
  return instrument.safetyItems.map((entry) => entry.key).filter((key) => concerning.has(key));
}

/** True when any safety statement is answered at SAFETY_CONCERN_FROM or above. */
export function safetyConcern(instrument: Instrument, answers: readonly ItemAnswer[]): boolean {
  return safetyConcernKeys(instrument, answers).length > 0;
}
