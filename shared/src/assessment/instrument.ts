import { Dimension } from '../clinical-model';
import { CheckinForm, Instrument, InstrumentItem, ScoreKey, ScoreNorm } from './types';

/** Longest statement an item may have, so it reads well on a phone. */
export const ITEM_TEXT_MAX_LENGTH = 140;
/** How many items an instrument may have in all. */
export const INSTRUMENT_MIN_ITEMS = 24;
export const INSTRUMENT_MAX_ITEMS = 36;

const ALL_SCORE_KEYS: readonly ScoreKey[] = [...Object.values(Dimension), 'INDEX'];

function item(
  key: string,
  dimension: Dimension,
  text: string,
  flags: { reverse?: boolean; pulse?: boolean } = {},
): InstrumentItem {
  return { key, text, dimension, reverse: flags.reverse ?? false, pulse: flags.pulse ?? false };
}

const D = Dimension;

/**
 * The interdependence check-in, version 1: five statements for each of the article's five
 * characteristics of an interdependent relationship and five for codependence risk
 * (self-worth resting on the partner, enmeshed responsibility, missing boundaries, feeling used).
 * Reverse-keyed items are agreed with by people who have LESS of the dimension (for codependence
 * risk: less risk). The pulse item of each dimension is a plain, forward-keyed statement.
 */
export const CHECKIN_INSTRUMENT: Instrument = {
  id: 'interdependence-checkin',
  version: 1,
  title: 'Interdependence check-in',
  scale: {
    min: 1,
    max: 5,
    labels: [
      'Strongly disagree',
      'Disagree',
      'Neither agree nor disagree',
      'Agree',
      'Strongly agree',
    ],
  },
  items: [
    item('com-1', D.COMMUNICATION, 'I can tell my partner what I need without holding back.', {
      pulse: true,
    }),
    item(
      'com-2',
      D.COMMUNICATION,
      'When my partner talks, I listen to understand, not just to reply.',
    ),
    item('com-3', D.COMMUNICATION, 'We talk problems through openly before they grow.'),
    item('com-4', D.COMMUNICATION, 'I keep my real feelings to myself to avoid an argument.', {
      reverse: true,
    }),
    item('com-5', D.COMMUNICATION, 'Our talks often end with one of us feeling criticized.', {
      reverse: true,
    }),

    item('equ-1', D.EQUALITY, 'We each have an equal say in decisions that affect us both.', {
      pulse: true,
    }),
    item('equ-2', D.EQUALITY, 'We split the work of running our shared life fairly.'),
    item('equ-3', D.EQUALITY, 'I feel valued and appreciated by my partner.'),
    item('equ-4', D.EQUALITY, 'We are both willing to meet each other halfway.'),
    item('equ-5', D.EQUALITY, 'One of us usually gets the final word.', { reverse: true }),

    item('gro-1', D.GROWTH, 'My partner encourages me to grow as a person.', { pulse: true }),
    item('gro-2', D.GROWTH, 'We are open to trying new things together.'),
    item('gro-3', D.GROWTH, "I back my partner's goals, even ones I wouldn't choose myself."),
    item('gro-4', D.GROWTH, 'We see change as a chance to make our relationship better.'),
    item('gro-5', D.GROWTH, 'Our relationship feels stuck in the same old patterns.', {
      reverse: true,
    }),

    item('cmt-1', D.COMMITMENT, 'I am willing to put time and effort into our relationship.', {
      pulse: true,
    }),
    item('cmt-2', D.COMMITMENT, 'We keep working on our relationship, even when things are calm.'),
    item('cmt-3', D.COMMITMENT, 'When we hurt each other, we find our way back to forgiveness.'),
    item('cmt-4', D.COMMITMENT, 'I often wonder whether this relationship is worth the effort.', {
      reverse: true,
    }),
    item('cmt-5', D.COMMITMENT, 'I trust that we will face hard times as a team.'),

    item(
      'spa-1',
      D.PERSONAL_SPACE,
      'I have interests and goals of my own outside our relationship.',
      {
        pulse: true,
      },
    ),
    item(
      'spa-2',
      D.PERSONAL_SPACE,
      'I can spend time apart from my partner without feeling guilty.',
    ),
    item('spa-3', D.PERSONAL_SPACE, 'I keep up friendships and family ties of my own.'),
    item('spa-4', D.PERSONAL_SPACE, 'My partner expects me to be by their side most of the time.', {
      reverse: true,
    }),
    item(
      'spa-5',
      D.PERSONAL_SPACE,
      'Time apart leaves me looking forward to seeing my partner again.',
    ),

    item(
      'cod-1',
      D.CODEPENDENCE_RISK,
      'How I feel about myself depends on how my partner treats me.',
      {
        pulse: true,
      },
    ),
    item('cod-2', D.CODEPENDENCE_RISK, "I feel it is up to me to fix my partner's bad moods."),
    item('cod-3', D.CODEPENDENCE_RISK, 'I find it hard to say no to my partner.'),
    item('cod-4', D.CODEPENDENCE_RISK, 'I often feel my partner takes advantage of me.'),
    item('cod-5', D.CODEPENDENCE_RISK, 'I still feel good about myself when we disagree.', {
      reverse: true,
    }),
  ],
  // PROVISIONAL PLACEHOLDERS pending validation: these norms (0–100 scale) and default
  // reliabilities are plausible starting values chosen for the product, not published data.
  // Replace them once the instrument has been validated on clinical and community samples;
  // until then the UI and docs must label cut-offs and reliable-change markers as provisional.
  norms: {
    COMMUNICATION: norm(48, 16, 72, 13, 0.84),
    EQUALITY: norm(50, 15, 73, 12, 0.8),
    GROWTH: norm(52, 15, 74, 13, 0.81),
    COMMITMENT: norm(51, 17, 75, 12, 0.85),
    PERSONAL_SPACE: norm(49, 15, 70, 14, 0.78),
    // Higher is worse: help-seeking couples score higher than functional ones.
    CODEPENDENCE_RISK: norm(58, 16, 35, 13, 0.82),
    INDEX: norm(49, 14, 72, 12, 0.9),
  },
  provisional: true,
};

function norm(
  clinicalMean: number,
  clinicalSd: number,
  functionalMean: number,
  functionalSd: number,
  alpha: number,
): ScoreNorm {
  return { clinicalMean, clinicalSd, functionalMean, functionalSd, alpha };
}

/** The items a form asks, in instrument order: all of them, or the pulse items. */
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

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Everything wrong with an instrument definition, as sentences; empty when it is usable.
 * Run over the built-in instrument in tests and over any future version before it is stored.
 */
export function instrumentProblems(instrument: Instrument): string[] {
  const problems: string[] = [];
  const dimensions = Object.values(Dimension) as string[];

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

  const seen = new Set<string>();
  instrument.items.forEach((entry, index) => {
    const label = entry.key ? `Item '${entry.key}'` : `Item ${index + 1}`;
    if (typeof entry.key !== 'string' || !/^[a-z][a-z0-9-]*$/.test(entry.key)) {
      problems.push(`${label} needs a key of lowercase letters, digits and -.`);
    } else if (seen.has(entry.key)) {
      problems.push(`${label} appears more than once; item keys must be unique.`);
    }
    seen.add(entry.key);
    if (typeof entry.text !== 'string' || entry.text.trim() === '') {
      problems.push(`${label} needs a statement.`);
    } else if (entry.text.length > ITEM_TEXT_MAX_LENGTH) {
      problems.push(`${label} is longer than ${ITEM_TEXT_MAX_LENGTH} characters.`);
    }
    if (!dimensions.includes(entry.dimension)) {
      problems.push(`${label} has an unknown dimension '${String(entry.dimension)}'.`);
    }
    if (entry.pulse && entry.reverse) {
      problems.push(`${label} is a pulse item, so it must not be reverse-keyed.`);
    }
  });

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
  }

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
