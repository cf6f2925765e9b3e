import { Dimension, POSITIVE_DIMENSIONS } from '../clinical-model';
import { formKeys, itemsOf } from './instrument';
import { CheckinForm, CheckinScores, Instrument, ItemAnswer } from './types';

export interface CheckinAnswerOptions {
  /** When true, every item of the form, safety items included, must be answered (a submission). */
  complete: boolean;
}

const FORM_NAMES: Record<CheckinForm, string> = {
  FULL: 'full check-in',
  PULSE: 'pulse check-in',
};

/**
 * Everything wrong with a set of answers to one form of the check-in, as sentences a person
 * can act on; empty when the answers can be scored (and, with `complete`, stored as finished).
 */
export function checkinAnswerProblems(
  instrument: Instrument,
  form: CheckinForm,
  answers: readonly ItemAnswer[],
  options: CheckinAnswerOptions = { complete: false },
): string[] {
  const problems: string[] = [];
  // Safety statements are asked on every form, so they are part of every form's answers.
  const inForm = new Set(formKeys(instrument, form));
  const inInstrument = new Set([
    ...instrument.items.map((entry) => entry.key),
    ...instrument.safetyItems.map((entry) => entry.key),
  ]);
  const { min, max } = instrument.scale;
  const seen = new Set<string>();

  answers.forEach((answer, index) => {
    const key = answer?.itemKey;
    if (typeof key !== 'string' || key === '') {
      problems.push(`Answer ${index + 1} does not say which item it answers.`);
      return;
    }
    if (!inForm.has(key)) {
      problems.push(
        inInstrument.has(key)
          ? `Item '${key}' is not part of the ${FORM_NAMES[form]}.`
          : `There is no item '${key}' in the ${FORM_NAMES[form]}.`,
      );
      return;
    }
    if (seen.has(key)) {
      problems.push(`Item '${key}' is answered more than once.`);
      return;
    }
    seen.add(key);
    const value: unknown = answer.value;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      problems.push(
        `The answer to item '${key}' must be a whole number from ${min} to ${max}; got ${String(value)}.`,
      );
    }
  });

  if (options.complete) {
    const missing = [...inForm].filter((key) => !seen.has(key));
    if (missing.length > 0) {
      problems.push(`Some items are not answered yet: ${missing.map((k) => `'${k}'`).join(', ')}.`);
    }
  }

  return problems;
}

/**
 * Scores one check-in on the 0–100 scale from its scored items; safety answers are accepted
 * and never scored (see safety.ts). Reverse-keyed answers count as (min + max − value);
 * a dimension is scored from the mean of its answered items when at least 80 % of its items in
 * the form are answered, and is absent otherwise. Scores are rounded to one decimal; the index
 * is the mean of the five (rounded) positive dimension scores, or null unless all five are scored.
 *
 * Throws an Error listing every problem when an answer is to an item outside the form, repeats
 * an item, or is not a whole number on the scale. Use `checkinAnswerProblems` to validate first.
 */
export function scoreCheckin(
  instrument: Instrument,
  form: CheckinForm,
  answers: readonly ItemAnswer[],
): CheckinScores {
  const problems = checkinAnswerProblems(instrument, form, answers, { complete: false });
  if (problems.length > 0) {
    throw new Error(`These check-in answers cannot be scored: ${problems.join(' ')}`);
  }

  const { min, max } = instrument.scale;
  const valueByKey = new Map(answers.map((answer) => [answer.itemKey, answer.value]));
  const items = itemsOf(instrument, form);
  const dimensions: Partial<Record<Dimension, number>> = {};

  for (const dimension of Object.values(Dimension)) {
    const ofDimension = items.filter((entry) => entry.dimension === dimension);
    let answered = 0;
    let sum = 0;
    for (const entry of ofDimension) {
      const value = valueByKey.get(entry.key);
      if (value === undefined) continue;
      answered += 1;
      sum += entry.reverse ? min + max - value : value;
    }
    // answered / total ≥ 0.8, in whole numbers so no floating-point edge case can bite.
    if (ofDimension.length === 0 || answered * 5 < ofDimension.length * 4) continue;
    // (mean − min) / (max − min) × 100, in tenths from whole numbers, then rounded half up.
    const tenths = Math.round(((sum - answered * min) * 1000) / (answered * (max - min)));
    dimensions[dimension] = tenths / 10;
  }

  const positives = POSITIVE_DIMENSIONS.map((dimension) => dimensions[dimension]);
  const index = positives.every((score): score is number => score !== undefined)
    ? Math.round(
        positives.reduce((total, score) => total + Math.round(score * 10), 0) / positives.length,
      ) / 10
    : null;

  return { dimensions, index };
}
