import { Dimension } from '../clinical-model';
import { CHECKIN_INSTRUMENT, instrumentProblems, itemsOf } from './instrument';
import { CheckinForm, Instrument } from './types';

describe('the interdependence check-in instrument', () => {
  it('passes its own invariants', () => {
    expect(instrumentProblems(CHECKIN_INSTRUMENT)).toEqual([]);
  });

  it('is version 1 of a provisional 1–5 agreement scale', () => {
    expect(CHECKIN_INSTRUMENT).toMatchObject({
      id: 'interdependence-checkin',
      version: 1,
      title: 'Interdependence check-in',
      provisional: true,
      scale: { min: 1, max: 5 },
    });
    expect(CHECKIN_INSTRUMENT.scale.labels).toEqual([
      'Strongly disagree',
      'Disagree',
      'Neither agree nor disagree',
      'Agree',
      'Strongly agree',
    ]);
  });

  it('has five short items per dimension, one or two reverse-keyed and one forward pulse item', () => {
    expect(CHECKIN_INSTRUMENT.items).toHaveLength(30);
    for (const dimension of Object.values(Dimension)) {
      const items = CHECKIN_INSTRUMENT.items.filter((item) => item.dimension === dimension);
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
    for (const item of CHECKIN_INSTRUMENT.items) {
      expect(item.text.length).toBeLessThanOrEqual(140);
      expect(item.text).toMatch(/\b(I|me|my|we|our|us)\b/i);
      expect(item.text).not.toMatch(
        /\b(he|she|him|her|his|hers|husband|wife|boyfriend|girlfriend)\b/i,
      );
    }
  });

  it('has norms where codependence risk is higher in the clinical population', () => {
    const { norms } = CHECKIN_INSTRUMENT;
    expect(norms.CODEPENDENCE_RISK.clinicalMean).toBeGreaterThan(
      norms.CODEPENDENCE_RISK.functionalMean,
    );
    for (const key of [...Object.values(Dimension), 'INDEX'] as const) {
      if (key === Dimension.CODEPENDENCE_RISK) continue;
      expect(norms[key].clinicalMean).toBeLessThan(norms[key].functionalMean);
    }
  });

  it('gives all items for the full form and the pulse items for the pulse form', () => {
    expect(itemsOf(CHECKIN_INSTRUMENT, CheckinForm.FULL)).toHaveLength(30);
    expect(itemsOf(CHECKIN_INSTRUMENT, CheckinForm.PULSE).map((item) => item.key)).toEqual([
      'com-1',
      'equ-1',
      'gro-1',
      'cmt-1',
      'spa-1',
      'cod-1',
    ]);
  });

  it('reports broken instruments', () => {
    const [first, ...rest] = CHECKIN_INSTRUMENT.items;
    const broken: Instrument = {
      ...CHECKIN_INSTRUMENT,
      scale: { min: 1, max: 5, labels: ['No', 'Yes'] },
      // com-1 is duplicated as a second pulse item; all growth items are dropped.
      items: [first, { ...first }, ...rest.filter((item) => item.dimension !== Dimension.GROWTH)],
      norms: { ...CHECKIN_INSTRUMENT.norms, INDEX: undefined as never },
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
      instrumentProblems({ ...CHECKIN_INSTRUMENT, items: CHECKIN_INSTRUMENT.items.slice(0, 12) }),
    ).toContain('An instrument has 24–36 items; this one has 12.');
  });
});
