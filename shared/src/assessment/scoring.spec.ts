import { Dimension } from '../clinical-model';
import { CHECKIN_INSTRUMENT_V1 } from './instrument';
import { checkinAnswerProblems, scoreCheckin } from './scoring';
import { CheckinForm, ItemAnswer } from './types';

function answers(values: Record<string, number>): ItemAnswer[] {
  return Object.entries(values).map(([itemKey, value]) => ({ itemKey, value }));
}

const REVERSED = CHECKIN_INSTRUMENT_V1.items.filter((item) => item.reverse).map((item) => item.key);

// Reverse-keyed items in version 1, scored as 1 + 5 − value = 6 − value.
// Score = (mean − 1) / 4 × 100, rounded to one decimal.
const FULL_EXAMPLE = answers({
  // COMMUNICATION: 4, 5, 4, 6−2=4, 6−1=5 → sum 22, mean 4.4 → 3.4/4 × 100 = 85
  'com-1': 4,
  'com-2': 5,
  'com-3': 4,
  'com-4': 2,
  'com-5': 1,
  // EQUALITY: 3, 4, 3, 2, 6−4=2 → sum 14, mean 2.8 → 1.8/4 × 100 = 45
  'equ-1': 3,
  'equ-2': 4,
  'equ-3': 3,
  'equ-4': 2,
  'equ-5': 4,
  // GROWTH, 4 of 5 answered (80 %, enough): 5, 4, 4, 6−4=2 → sum 15, mean 3.75
  //   → 2.75/4 × 100 = 68.75 → 68.8
  'gro-1': 5,
  'gro-2': 4,
  'gro-3': 4,
  'gro-5': 4,
  // COMMITMENT, 3 of 5 answered (60 %, not enough) → absent
  'cmt-1': 5,
  'cmt-2': 5,
  'cmt-3': 5,
  // PERSONAL_SPACE: 2, 3, 2, 6−5=1, 3 → sum 11, mean 2.2 → 1.2/4 × 100 = 30
  'spa-1': 2,
  'spa-2': 3,
  'spa-3': 2,
  'spa-4': 5,
  'spa-5': 3,
  // CODEPENDENCE_RISK: 4, 4, 5, 3, 6−2=4 → sum 20, mean 4 → 3/4 × 100 = 75
  'cod-1': 4,
  'cod-2': 4,
  'cod-3': 5,
  'cod-4': 3,
  'cod-5': 2,
});

// These cases are version 1's and must keep scoring as they always have: stored version 1
// check-ins are scored by it. Version 2's cases are in scoring-v2.spec.ts.
describe('scoreCheckin', () => {
  it('uses the reverse-keyed items the hand computations assume', () => {
    expect(REVERSED.sort()).toEqual(
      ['cmt-4', 'cod-5', 'com-4', 'com-5', 'equ-5', 'gro-5', 'spa-4'].sort(),
    );
  });

  it('scores a full check-in, leaving out a dimension with too few answers', () => {
    expect(scoreCheckin(CHECKIN_INSTRUMENT_V1, CheckinForm.FULL, FULL_EXAMPLE)).toEqual({
      dimensions: {
        COMMUNICATION: 85,
        EQUALITY: 45,
        GROWTH: 68.8,
        PERSONAL_SPACE: 30,
        CODEPENDENCE_RISK: 75,
      },
      // COMMITMENT is absent, so no index.
      index: null,
    });
  });

  it('computes the index as the mean of the five positive dimensions', () => {
    const complete = [
      ...FULL_EXAMPLE,
      // COMMITMENT now 5 of 5: 5, 5, 5, 6−1=5 (cmt-4), 3 → sum 23, mean 4.6 → 3.6/4 × 100 = 90
      ...answers({ 'cmt-4': 1, 'cmt-5': 3 }),
    ];
    // index = (85 + 45 + 68.8 + 90 + 30) / 5 = 318.8 / 5 = 63.76 → 63.8
    // (codependence risk is not part of the index)
    expect(scoreCheckin(CHECKIN_INSTRUMENT_V1, CheckinForm.FULL, complete)).toEqual({
      dimensions: {
        COMMUNICATION: 85,
        EQUALITY: 45,
        GROWTH: 68.8,
        COMMITMENT: 90,
        PERSONAL_SPACE: 30,
        CODEPENDENCE_RISK: 75,
      },
      index: 63.8,
    });
  });

  it('gives no index when only codependence risk is missing', () => {
    const withoutCodependence = FULL_EXAMPLE.filter((a) => !a.itemKey.startsWith('cod-'));
    const scores = scoreCheckin(CHECKIN_INSTRUMENT_V1, CheckinForm.FULL, [
      ...withoutCodependence,
      ...answers({ 'cmt-4': 1, 'cmt-5': 3 }),
    ]);
    expect(scores.dimensions.CODEPENDENCE_RISK).toBeUndefined();
    expect(scores.index).toBe(63.8);
  });

  it('scores an empty check-in as nothing', () => {
    expect(scoreCheckin(CHECKIN_INSTRUMENT_V1, CheckinForm.FULL, [])).toEqual({
      dimensions: {},
      index: null,
    });
  });

  it('scores the pulse form from its one item per dimension', () => {
    const pulse = answers({
      'com-1': 5, // (5 − 1)/4 × 100 = 100
      'equ-1': 4, // 3/4 × 100 = 75
      'gro-1': 3, // 2/4 × 100 = 50
      'cmt-1': 4, // 75
      'spa-1': 2, // 1/4 × 100 = 25
      'cod-1': 1, // 0
    });
    // index = (100 + 75 + 50 + 75 + 25) / 5 = 325 / 5 = 65
    expect(scoreCheckin(CHECKIN_INSTRUMENT_V1, CheckinForm.PULSE, pulse)).toEqual({
      dimensions: {
        COMMUNICATION: 100,
        EQUALITY: 75,
        GROWTH: 50,
        COMMITMENT: 75,
        PERSONAL_SPACE: 25,
        CODEPENDENCE_RISK: 0,
      },
      index: 65,
    });
  });

  it('needs the single pulse item of a dimension to score it', () => {
    const pulse = answers({ 'com-1': 5, 'equ-1': 4, 'gro-1': 3, 'cmt-1': 4, 'cod-1': 1 });
    const scores = scoreCheckin(CHECKIN_INSTRUMENT_V1, CheckinForm.PULSE, pulse);
    expect(scores.dimensions[Dimension.PERSONAL_SPACE]).toBeUndefined();
    expect(scores.dimensions[Dimension.GROWTH]).toBe(50);
    expect(scores.index).toBeNull();
  });

  it('rejects answers outside the scale', () => {
    for (const value of [0, 6, 2.5, Number.NaN, -1]) {
      expect(() =>
        scoreCheckin(CHECKIN_INSTRUMENT_V1, CheckinForm.FULL, [{ itemKey: 'com-1', value }]),
      ).toThrow(`The answer to item 'com-1' must be a whole number from 1 to 5; got ${value}.`);
    }
    expect(() =>
      scoreCheckin(CHECKIN_INSTRUMENT_V1, CheckinForm.FULL, [
        { itemKey: 'com-1', value: '3' as unknown as number },
      ]),
    ).toThrow('must be a whole number from 1 to 5');
  });

  it('rejects answers to unknown items and to items outside the form', () => {
    expect(() =>
      scoreCheckin(CHECKIN_INSTRUMENT_V1, CheckinForm.FULL, answers({ 'xyz-9': 3 })),
    ).toThrow("There is no item 'xyz-9' in the full check-in.");
    expect(() =>
      scoreCheckin(CHECKIN_INSTRUMENT_V1, CheckinForm.PULSE, answers({ 'com-2': 3 })),
    ).toThrow("Item 'com-2' is not part of the pulse check-in.");
  });

  it('rejects an item answered twice', () => {
    expect(() =>
      scoreCheckin(CHECKIN_INSTRUMENT_V1, CheckinForm.FULL, [
        { itemKey: 'com-1', value: 3 },
        { itemKey: 'com-1', value: 4 },
      ]),
    ).toThrow("Item 'com-1' is answered more than once.");
  });
});

describe('checkinAnswerProblems', () => {
  it('lists every problem without throwing', () => {
    expect(
      checkinAnswerProblems(CHECKIN_INSTRUMENT_V1, CheckinForm.PULSE, [
        { itemKey: 'com-1', value: 9 },
        { itemKey: 'com-1', value: 3 },
        { itemKey: 'nope', value: 3 },
      ]),
    ).toEqual([
      "The answer to item 'com-1' must be a whole number from 1 to 5; got 9.",
      "Item 'com-1' is answered more than once.",
      "There is no item 'nope' in the pulse check-in.",
    ]);
  });

  it('accepts partial answers unless the check-in must be complete', () => {
    const partial = answers({ 'com-1': 3, 'equ-1': 3, 'gro-1': 3, 'cmt-1': 3 });
    expect(checkinAnswerProblems(CHECKIN_INSTRUMENT_V1, CheckinForm.PULSE, partial)).toEqual([]);
    expect(
      checkinAnswerProblems(CHECKIN_INSTRUMENT_V1, CheckinForm.PULSE, partial, { complete: true }),
    ).toEqual(["Some items are not answered yet: 'spa-1', 'cod-1'."]);
    const all = [...partial, ...answers({ 'spa-1': 1, 'cod-1': 5 })];
    expect(
      checkinAnswerProblems(CHECKIN_INSTRUMENT_V1, CheckinForm.PULSE, all, { complete: true }),
    ).toEqual([]);
  });
});
