import { Dimension } from '../clinical-model';
import {
  CHECKIN_INSTRUMENT,
  CHECKIN_INSTRUMENT_V1,
  CHECKIN_INSTRUMENT_V2,
  formKeys,
  instrumentProblems,
  instrumentVersion,
  itemsOf,
} from './instrument';
import { CheckinForm, Instrument } from './types';

const LABELS = [
  'Strongly disagree',
  'Disagree',
  'Neither agree nor disagree',
  'Agree',
  'Strongly agree',
];

function expectPlainStatements(texts: readonly string[]) {
  for (const text of texts) {
    expect(text.length).toBeLessThanOrEqual(140);
    expect(text).toMatch(/\b(I|me|my|we|our|us)\b/i);
    expect(text).not.toMatch(/\b(he|she|him|her|his|hers|husband|wife|boyfriend|girlfriend)\b/i);
  }
}

describe('the versions of the check-in instrument', () => {
  it('makes version 2 the current one and finds each version by number', () => {
    expect(CHECKIN_INSTRUMENT).toBe(CHECKIN_INSTRUMENT_V2);
    expect(instrumentVersion(1)).toBe(CHECKIN_INSTRUMENT_V1);
    expect(instrumentVersion(2)).toBe(CHECKIN_INSTRUMENT_V2);
    expect(() => instrumentVersion(3)).toThrow('There is no version 3 of the check-in instrument.');
    expect(() => instrumentVersion(0)).toThrow('There is no version 0');
  });

  it('keeps a key only for a statement that is the same word for word', () => {
    const v1 = new Map(CHECKIN_INSTRUMENT_V1.items.map((item) => [item.key, item]));
    const kept = CHECKIN_INSTRUMENT_V2.items.filter((item) => v1.has(item.key));
    for (const item of kept) {
      const old = v1.get(item.key)!;
      expect({
        key: item.key,
        text: item.text,
        dimension: item.dimension,
        reverse: item.reverse,
      }).toEqual({ key: old.key, text: old.text, dimension: old.dimension, reverse: old.reverse });
    }
    expect(kept.map((item) => item.key)).toEqual([
      'com-1', 'com-2', 'com-3', 'com-4', 'com-5',
      'equ-1', 'equ-2', 'equ-5',
      'gro-1', 'gro-2', 'gro-3', 'gro-5',
      'cmt-1', 'cmt-4',
      'spa-4',
      'cod-1', 'cod-2', 'cod-5',
    ]); // prettier-ignore
  });
});

describe('check-in instrument version 1 (frozen)', () => {
  it('passes its own invariants', () => {
    expect(instrumentProblems(CHECKIN_INSTRUMENT_V1)).toEqual([]);
  });

  it('is version 1 of a provisional 1–5 agreement scale, without safety items', () => {
    expect(CHECKIN_INSTRUMENT_V1).toMatchObject({
      id: 'interdependence-checkin',
      version: 1,
      title: 'Interdependence check-in',
      provisional: true,
      scale: { min: 1, max: 5 },
      safetyItems: [],
    });
    expect(CHECKIN_INSTRUMENT_V1.scale.labels).toEqual(LABELS);
  });

  it('has five short items per dimension, one or two reverse-keyed and one forward pulse item', () => {
    expect(CHECKIN_INSTRUMENT_V1.items).toHaveLength(30);
    for (const dimension of Object.values(Dimension)) {
      const items = CHECKIN_INSTRUMENT_V1.items.filter((item) => item.dimension === dimension);
      const reversed = items.filter((item) => item.reverse).length;
      const pulses = items.filter((item) => item.pulse);
      expect({
        dimension,
        count: items.length,
        someReversed: reversed >= 1 && reversed <= 2,
      }).toEqual({ dimension, count: 5, someReversed: true });
      expect(pulses).toHaveLength(1);
      expect(pulses[0].reverse).toBe(false);
    }
    expectPlainStatements(CHECKIN_INSTRUMENT_V1.items.map((item) => item.text));
  });

  it('gives all items for the full form and the pulse items for the pulse form', () => {
    expect(itemsOf(CHECKIN_INSTRUMENT_V1, CheckinForm.FULL)).toHaveLength(30);
    expect(itemsOf(CHECKIN_INSTRUMENT_V1, CheckinForm.PULSE).map((item) => item.key)).toEqual([
      'com-1',
      'equ-1',
      'gro-1',
      'cmt-1',
      'spa-1',
      'cod-1',
    ]);
    expect(formKeys(CHECKIN_INSTRUMENT_V1, CheckinForm.PULSE)).toEqual([
      'com-1',
      'equ-1',
      'gro-1',
      'cmt-1',
      'spa-1',
      'cod-1',
    ]);
  });

  it('reports broken instruments', () => {
    const [first, ...rest] = CHECKIN_INSTRUMENT_V1.items;
    const broken: Instrument = {
      ...CHECKIN_INSTRUMENT_V1,
      scale: { min: 1, max: 5, labels: ['No', 'Yes'] },
      // com-1 is duplicated as a second pulse item; all growth items are dropped.
      items: [first, { ...first }, ...rest.filter((item) => item.dimension !== Dimension.GROWTH)],
      norms: { ...CHECKIN_INSTRUMENT_V1.norms, INDEX: undefined as never },
    };
    const problems = instrumentProblems(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        'The scale needs 5 labels, one per point; it has 2.',
        "Item 'com-1' appears more than once; item keys must be unique.",
        'COMMUNICATION needs exactly one pulse item; it has 2.',
        'GROWTH has no items.',
        'Norms are missing for INDEX.',
      ]),
    );
    // 30 − 5 growth items + 1 duplicate = 26 items, still within 24–36.
    expect(problems.some((problem) => problem.startsWith('An instrument has'))).toBe(false);
    expect(
      instrumentProblems({
        ...CHECKIN_INSTRUMENT_V1,
        items: CHECKIN_INSTRUMENT_V1.items.slice(0, 12),
      }),
    ).toContain('An instrument has 24–36 items; this one has 12.');
    // Version 1's pulse is forward-keyed by rule.
    expect(
      instrumentProblems({
        ...CHECKIN_INSTRUMENT_V1,
        items: CHECKIN_INSTRUMENT_V1.items.map((item) =>
          item.key === 'com-1' ? { ...item, reverse: true } : item,
        ),
      }),
    ).toEqual(["Item 'com-1' is a pulse item, so it must not be reverse-keyed."]);
  });
});

describe('check-in instrument version 2 (current)', () => {
  const V2 = CHECKIN_INSTRUMENT_V2;

  it('passes its own invariants', () => {
    expect(instrumentProblems(V2)).toEqual([]);
  });

  it('is version 2 of the same provisional scale, with version 1’s provisional norms', () => {
    expect(V2).toMatchObject({
      id: 'interdependence-checkin',
      version: 2,
      title: 'Interdependence check-in',
      provisional: true,
      scale: { min: 1, max: 5 },
    });
    expect(V2.scale.labels).toEqual(LABELS);
    expect(V2.norms).toEqual(CHECKIN_INSTRUMENT_V1.norms);
  });

  it('has five short items per dimension, 2–3 reverse-keyed, one pulse item each', () => {
    expect(V2.items).toHaveLength(30);
    const reversedPerDimension = Object.fromEntries(
      Object.values(Dimension).map((dimension) => {
        const items = V2.items.filter((item) => item.dimension === dimension);
        expect(items).toHaveLength(5);
        expect(items.filter((item) => item.pulse)).toHaveLength(1);
        return [dimension, items.filter((item) => item.reverse).length];
      }),
    );
    expect(reversedPerDimension).toEqual({
      COMMUNICATION: 2,
      EQUALITY: 2,
      GROWTH: 2,
      COMMITMENT: 3,
      PERSONAL_SPACE: 3,
      CODEPENDENCE_RISK: 3,
    });
    expectPlainStatements([...V2.items, ...V2.safetyItems].map((item) => item.text));
  });

  it('balances the pulse: 3 of its 6 items reverse-keyed, codependence risk’s among them', () => {
    const pulse = itemsOf(V2, CheckinForm.PULSE);
    expect(pulse.map((item) => [item.key, item.dimension, item.reverse])).toEqual([
      ['com-1', 'COMMUNICATION', false],
      ['equ-1', 'EQUALITY', false],
      ['gro-5', 'GROWTH', true],
      ['cmt-4', 'COMMITMENT', true],
      ['spa-6', 'PERSONAL_SPACE', false],
      ['cod-5', 'CODEPENDENCE_RISK', true],
    ]);
  });

  it('asks three safety statements on every form, after the scored items', () => {
    expect(V2.safetyItems.map((item) => item.key)).toEqual([
      'safe-afraid',
      'safe-controlled',
      'safe-hurt',
    ]);
    expect(V2.safetyItems.map((item) => item.text)).toEqual([
      expect.stringMatching(/afraid of my partner/),
      expect.stringMatching(/controlled by my partner/),
      expect.stringMatching(/partner has hurt me/),
    ]);
    expect(formKeys(V2, CheckinForm.PULSE)).toEqual([
      'com-1',
      'equ-1',
      'gro-5',
      'cmt-4',
      'spa-6',
      'cod-5',
      'safe-afraid',
      'safe-controlled',
      'safe-hurt',
    ]);
    const full = formKeys(V2, CheckinForm.FULL);
    expect(full).toHaveLength(33);
    expect(full.slice(30)).toEqual(['safe-afraid', 'safe-controlled', 'safe-hurt']);
    // itemsOf stays the scored items only.
    expect(itemsOf(V2, CheckinForm.FULL)).toHaveLength(30);
  });

  it('reports unbalanced keying and clashing or missing safety items', () => {
    const flipped: Instrument = {
      ...V2,
      // Equality and growth down to 1 reversed item each; growth's was its pulse (2 of 6 left).
      items: V2.items.map((item) =>
        item.key === 'equ-7' || item.key === 'gro-5' ? { ...item, reverse: false } : item,
      ),
    };
    expect(instrumentProblems(flipped)).toEqual([
      'EQUALITY needs 2–3 reverse-keyed items; it has 1.',
      'GROWTH needs 2–3 reverse-keyed items; it has 1.',
      'Half the pulse items should be reverse-keyed; 2 of 6 are.',
    ]);
    const everyReversed: Instrument = {
      ...V2,
      items: V2.items.map((item) =>
        item.dimension === Dimension.COMMUNICATION ? { ...item, reverse: true } : item,
      ),
    };
    expect(instrumentProblems(everyReversed)).toEqual([
      'COMMUNICATION needs 2–3 reverse-keyed items; it has 5.',
      'Half the pulse items should be reverse-keyed; 4 of 6 are.',
    ]);
    expect(
      instrumentProblems({
        ...V2,
        safetyItems: [
          { key: 'com-1', text: 'I feel afraid of my partner.' },
          { key: 'safe-hurt', text: 'My partner has hurt me.' },
          { key: 'safe-hurt', text: 'My partner has hurt me again.' },
          { key: 'Safe hurt', text: ' ' },
        ],
      }),
    ).toEqual([
      "Safety item 'com-1' has the key of a scored item; keys must be distinct.",
      "Safety item 'safe-hurt' appears more than once; safety item keys must be unique.",
      "Safety item 'Safe hurt' needs a key of lowercase letters, digits and -.",
      "Safety item 'Safe hurt' needs a statement.",
    ]);
    expect(instrumentProblems({ ...V2, safetyItems: [] })).toEqual([
      'From version 2 every form asks about safety; this instrument has no safety items.',
    ]);
  });

  it('counts safety items towards the most statements a full form may ask', () => {
    const many = Array.from({ length: 7 }, (_, index) => ({
      key: `safe-${index}`,
      text: 'I feel afraid of my partner.',
    }));
    expect(instrumentProblems({ ...V2, safetyItems: many })).toEqual([
      'A full check-in asks at most 36 statements, safety ones included; this one asks 37.',
    ]);
  });
});
