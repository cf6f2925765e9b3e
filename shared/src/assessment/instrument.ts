import { Dimension } from '../clinical-model';
import { CHECKIN_INSTRUMENT_V1 } from './instruments/v1';
import { CHECKIN_INSTRUMENT_V2 } from './instruments/v2';
import { CheckinForm, Instrument, InstrumentItem, ScoreKey } from './types';

export { CHECKIN_INSTRUMENT_V1, CHECKIN_INSTRUMENT_V2 };

/** Longest statement an item may have, so it reads well on a phone. */
export const ITEM_TEXT_MAX_LENGTH = 140;
/** How many scored items an instrument may have, and how many statements a full form may ask. */
export const INSTRUMENT_MIN_ITEMS = 24;
export const INSTRUMENT_MAX_ITEMS = 36;

const ALL_SCORE_KEYS: readonly ScoreKey[] = [...Object.values(Dimension), 'INDEX'];
const ITEM_KEY = /^[a-z][a-z0-9-]*$/;

/** The current version: every new check-in is taken on it. */
export const CHECKIN_INSTRUMENT: Instrument = CHECKIN_INSTRUMENT_V2;

/** Every version ever used, oldest first; stored check-ins are scored by their own. */
export const CHECKIN_INSTRUMENTS: readonly Instrument[] = [
  CHECKIN_INSTRUMENT_V1,
  CHECKIN_INSTRUMENT_V2,
];

/** The instrument a check-in was taken on, by its stored version; throws on an unknown one. */
export function instrumentVersion(version: number): Instrument {
  const found = CHECKIN_INSTRUMENTS.find((entry) => entry.version === version);
  if (!found) throw new Error(`There is no version ${String(version)} of the check-in instrument.`);
  return found;
}

/** The scored items a form asks, in instrument order: all of them, or the pulse items. */
export function itemsOf(instrument: Instrument, form: CheckinForm): InstrumentItem[] {
  switch (form) {
    case CheckinForm.FULL:
      return [...instrument.items];
    case CheckinForm.PULSE:
      return instrument.items.filter((entry) => entry.pulse);
    default:
      throw new Error(`Unknown check-in form '${String(form)}'.`);
  }
}

/** Every key a form asks, in the order asked: its scored items, then the safety items. */
export function formKeys(instrument: Instrument, form: CheckinForm): string[] {
  return [
    ...itemsOf(instrument, form).map((entry) => entry.key),
    ...instrument.safetyItems.map((entry) => entry.key),
  ];
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Everything wrong with an instrument definition, as sentences; empty when it is usable.
 * Run over the built-in instruments in tests and over any future version before it is stored.
 * Version 1 predates balanced keying and safety items, so those rules start at version 2.
 */
export function instrumentProblems(instrument: Instrument): string[] {
  const problems: string[] = [];

  if (!instrument.id || instrument.id.trim() === '') problems.push('The instrument needs an id.');
  if (!Number.isInteger(instrument.version) || instrument.version < 1) {
    problems.push('The instrument version must be a whole number of at least 1.');
  }
  if (!instrument.title || instrument.title.trim() === '') {
    problems.push('The instrument needs a title.');
  }

  const { min, max, labels } = instrument.scale;
  if (!Number.isInteger(min) || !Number.isInteger(max) || min >= max) {
    problems.push('The scale needs whole-number bounds with min below max.');
  } else if (labels.length !== max - min + 1) {
    problems.push(
      `The scale needs ${max - min + 1} labels, one per point; it has ${labels.length}.`,
    );
  }
  if (labels.some((label) => typeof label !== 'string' || label.trim() === '')) {
    problems.push('Every scale label must be non-blank text.');
  }

  const count = instrument.items.length;
  if (count < INSTRUMENT_MIN_ITEMS || count > INSTRUMENT_MAX_ITEMS) {
    problems.push(
      `An instrument has ${INSTRUMENT_MIN_ITEMS}–${INSTRUMENT_MAX_ITEMS} items; this one has ${count}.`,
    );
  }
  const asked = count + instrument.safetyItems.length;
  if (count <= INSTRUMENT_MAX_ITEMS && asked > INSTRUMENT_MAX_ITEMS) {
    problems.push(
      `A full check-in asks at most ${INSTRUMENT_MAX_ITEMS} statements, safety ones included; this one asks ${asked}.`,
    );
  }

  problems.push(...itemProblems(instrument), ...keyingProblems(instrument));
  problems.push(...safetyItemProblems(instrument), ...normProblems(instrument));
  return problems;
}

function textProblem(label: string, text: unknown): string | null {
  if (typeof text !== 'string' || text.trim() === '') return `${label} needs a statement.`;
  if (text.length > ITEM_TEXT_MAX_LENGTH) {
    return `${label} is longer than ${ITEM_TEXT_MAX_LENGTH} characters.`;
  }
  return null;
}

function itemProblems(instrument: Instrument): string[] {
  const problems: string[] = [];
  const dimensions = Object.values(Dimension) as string[];
  const seen = new Set<string>();
  instrument.items.forEach((entry, index) => {
    const label = entry.key ? `Item '${entry.key}'` : `Item ${index + 1}`;
    if (typeof entry.key !== 'string' || !ITEM_KEY.test(entry.key)) {
      problems.push(`${label} needs a key of lowercase letters, digits and -.`);
    } else if (seen.has(entry.key)) {
      problems.push(`${label} appears more than once; item keys must be unique.`);
    }
    seen.add(entry.key);
    const text = textProblem(label, entry.text);
    if (text) problems.push(text);
    if (!dimensions.includes(entry.dimension)) {
      problems.push(`${label} has an unknown dimension '${String(entry.dimension)}'.`);
    }
    // Version 1's pulse was all forward-keyed by design; later versions balance it.
    if (instrument.version < 2 && entry.pulse && entry.reverse) {
      problems.push(`${label} is a pulse item, so it must not be reverse-keyed.`);
    }
  });
  return problems;
}

/** One pulse item per dimension; from version 2, 2–3 reversed per dimension and a balanced pulse. */
function keyingProblems(instrument: Instrument): string[] {
  const problems: string[] = [];
  const balanced = instrument.version >= 2;
  for (const dimension of Object.values(Dimension)) {
    const ofDimension = instrument.items.filter((entry) => entry.dimension === dimension);
    if (ofDimension.length === 0) {
      problems.push(`${dimension} has no items.`);
      continue;
    }
    const pulses = ofDimension.filter((entry) => entry.pulse).length;
    if (pulses !== 1) {
      problems.push(`${dimension} needs exactly one pulse item; it has ${pulses}.`);
    }
    const reversed = ofDimension.filter((entry) => entry.reverse).length;
    if (balanced && (reversed < 2 || reversed > 3)) {
      problems.push(`${dimension} needs 2–3 reverse-keyed items; it has ${reversed}.`);
    }
  }
  if (balanced) {
    // Half the pulse reverse-keyed, so agreeing with everything lands in the middle.
    const pulse = instrument.items.filter((entry) => entry.pulse);
    const reversed = pulse.filter((entry) => entry.reverse).length;
    if (Math.abs(2 * reversed - pulse.length) > 1) {
      problems.push(
        `Half the pulse items should be reverse-keyed; ${reversed} of ${pulse.length} are.`,
      );
    }
  }
  return problems;
}

function safetyItemProblems(instrument: Instrument): string[] {
  const problems: string[] = [];
  const scored = new Set(instrument.items.map((entry) => entry.key));
  const seen = new Set<string>();
  if (instrument.version >= 2 && instrument.safetyItems.length === 0) {
    problems.push(
      'From version 2 every form asks about safety; this instrument has no safety items.',
    );
  }
  instrument.safetyItems.forEach((entry, index) => {
    const label = entry.key ? `Safety item '${entry.key}'` : `Safety item ${index + 1}`;
    if (typeof entry.key !== 'string' || !ITEM_KEY.test(entry.key)) {
      problems.push(`${label} needs a key of lowercase letters, digits and -.`);
    } else if (scored.has(entry.key)) {
      problems.push(`${label} has the key of a scored item; keys must be distinct.`);
    } else if (seen.has(entry.key)) {
      problems.push(`${label} appears more than once; safety item keys must be unique.`);
    }
    seen.add(entry.key);
    const text = textProblem(label, entry.text);
    if (text) problems.push(text);
  });
  return problems;
}

function normProblems(instrument: Instrument): string[] {
  const problems: string[] = [];
  for (const key of ALL_SCORE_KEYS) {
    const entry = instrument.norms[key];
    if (!entry) {
      problems.push(`Norms are missing for ${key}.`);
      continue;
    }
    const values = [entry.clinicalMean, entry.clinicalSd, entry.functionalMean, entry.functionalSd];
    if (!values.every(isFiniteNumber) || !isFiniteNumber(entry.alpha)) {
      problems.push(`The norms for ${key} must all be numbers.`);
      continue;
    }
    if (entry.clinicalMean < 0 || entry.clinicalMean > 100) {
      problems.push(`The clinical mean for ${key} must be on the 0–100 scale.`);
    }
    if (entry.functionalMean < 0 || entry.functionalMean > 100) {
      problems.push(`The functional mean for ${key} must be on the 0–100 scale.`);
    }
    if (entry.clinicalSd <= 0 || entry.functionalSd <= 0) {
      problems.push(`The standard deviations for ${key} must be above 0.`);
    }
    if (entry.alpha <= 0 || entry.alpha >= 1) {
      problems.push(`The reliability (alpha) for ${key} must be between 0 and 1.`);
    }
  }
  return problems;
}
