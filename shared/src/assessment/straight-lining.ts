import { itemsOf } from './instrument';
import type { CheckinForm, Instrument, ItemAnswer } from './types';

/** Fewer answers than this cannot show a pattern: three equal answers are ordinary. */
export const STRAIGHT_LINE_MIN_ANSWERS = 4;

/**
 * True when a response gives the same value to every scored item of its form that it answers,
 * and answers at least STRAIGHT_LINE_MIN_ANSWERS of them. With balanced keying such a response
 * agrees with statements and with their opposites, so its scores say little about the client;
 * it is shown to the counselor and raises no codependence flag by itself. Safety answers are
 * left out: answering them all alike is expected.
 */
export function isStraightLined(
  instrument: Instrument,
  form: CheckinForm,
  answers: readonly ItemAnswer[],
): boolean {
  const scored = new Set(itemsOf(instrument, form).map((entry) => entry.key));
  // One value per item, so a repeated answer does not count twice.
  const byKey = new Map(
    answers
      .filter((answer) => scored.has(answer.itemKey))
      .map((answer) => [answer.itemKey, answer.value]),
  );
  const values = [...byKey.values()];
  return values.length >= STRAIGHT_LINE_MIN_ANSWERS && values.every((value) => value === values[0]);
}
