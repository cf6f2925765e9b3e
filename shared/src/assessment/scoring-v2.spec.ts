import { CHECKIN_INSTRUMENT, CHECKIN_INSTRUMENT_V1, CHECKIN_INSTRUMENT_V2 } from './instrument';
import { checkinAnswerProblems, scoreCheckin } from './scoring';
import { CheckinForm, ItemAnswer } from './types';

const V2 = CHECKIN_INSTRUMENT_V2;

function everyItem(keys: readonly string[], value: number): ItemAnswer[] {
  return keys.map((itemKey) => ({ itemKey, value }));
}
const FULL_KEYS = V2.items.map((item) => item.key);
const PULSE_KEYS = V2.items.filter((item) => item.pulse).map((item) => item.key);
const SAFETY_KEYS = V2.safetyItems.map((item) => item.key);

describe('scoreCheckin on version 2', () => {
  it('is the instrument new check-ins are scored on', () => {
    expect(CHECKIN_INSTRUMENT.version).toBe(2);
  });

  it('reads "Agree" to every full-form statement as the middle, not as codependence', () => {
    // Agree = 4: a forward item scores 4, a reversed one 6 − 4 = 2.
    // 2 reversed of 5: (3 × 4 + 2 × 2) / 5 = 3.2 → (3.2 − 1) / 4 × 100 = 55
    // 3 reversed of 5: (2 × 4 + 3 × 2) / 5 = 2.8 → (2.8 − 1) / 4 × 100 = 45
    // index = (55 + 55 + 55 + 45 + 45) / 5 = 51
    expect(scoreCheckin(V2, CheckinForm.FULL, everyItem(FULL_KEYS, 4))).toEqual({
      dimensions: {
        COMMUNICATION: 55,
        EQUALITY: 55,
        GROWTH: 55,
        COMMITMENT: 45,
        PERSONAL_SPACE: 45,
        CODEPENDENCE_RISK: 45,
      },
      index: 51,
    });
    // The same answers on version 1 read as codependence (the defect version 2 fixes):
    // codependence risk (4 × 4 + 6 − 4) / 5 = 3.6 → 65; index 63.
    const v1Keys = CHECKIN_INSTRUMENT_V1.items.map((item) => item.key);
    expect(scoreCheckin(CHECKIN_INSTRUMENT_V1, CheckinForm.FULL, everyItem(v1Keys, 4))).toEqual({
      dimensions: {
        // 2 reversed: 55; 1 reversed: (4 × 4 + 2) / 5 = 3.6 → 65
        COMMUNICATION: 55,
        EQUALITY: 65,
        GROWTH: 65,
        COMMITMENT: 65,
        PERSONAL_SPACE: 65,
        CODEPENDENCE_RISK: 65,
      },
      // (55 + 65 × 4) / 5 = 63
      index: 63,
    });
  });

  it('reads "Strongly agree" and "Strongly disagree" to everything near the middle too', () => {
    // Strongly agree = 5: forward 5, reversed 1. 2 reversed: 3 × 5 + 2 = 17 → 3.4 → 60;
    // 3 reversed: 2 × 5 + 3 = 13 → 2.6 → 40. index = (60 × 3 + 40 × 2) / 5 = 52.
    expect(scoreCheckin(V2, CheckinForm.FULL, everyItem(FULL_KEYS, 5))).toEqual({
      dimensions: {
        COMMUNICATION: 60,
        EQUALITY: 60,
        GROWTH: 60,
        COMMITMENT: 40,
        PERSONAL_SPACE: 40,
        CODEPENDENCE_RISK: 40,
      },
      index: 52,
    });
    // Strongly disagree = 1: the mirror image. index = (40 × 3 + 60 × 2) / 5 = 48.
    expect(scoreCheckin(V2, CheckinForm.FULL, everyItem(FULL_KEYS, 1))).toEqual({
      dimensions: {
        COMMUNICATION: 40,
        EQUALITY: 40,
        GROWTH: 40,
        COMMITMENT: 60,
        PERSONAL_SPACE: 60,
        CODEPENDENCE_RISK: 60,
      },
      index: 48,
    });
  });

  it('reads "Agree" to every pulse statement near the middle, with low codependence risk', () => {
    // Pulse: com-1, equ-1, spa-6 forward (4 → 75); gro-5, cmt-4, cod-5 reversed (2 → 25).
    // index = (75 + 75 + 25 + 25 + 75) / 5 = 55
    expect(scoreCheckin(V2, CheckinForm.PULSE, everyItem(PULSE_KEYS, 4))).toEqual({
      dimensions: {
        COMMUNICATION: 75,
        EQUALITY: 75,
        GROWTH: 25,
        COMMITMENT: 25,
        PERSONAL_SPACE: 75,
        CODEPENDENCE_RISK: 25,
      },
      index: 55,
    });
  });

  it('scores a mixed full check-in by hand', () => {
    const answers: ItemAnswer[] = Object.entries({
      // COMMUNICATION: 5, 4, 4, 6−1=5, 6−2=4 → 22 → 4.4 → 85
      'com-1': 5, 'com-2': 4, 'com-3': 4, 'com-4': 1, 'com-5': 2,
      // EQUALITY: 3, 3, 4, 6−3=3, 6−4=2 → 15 → 3 → 50
      'equ-1': 3, 'equ-2': 3, 'equ-6': 4, 'equ-5': 3, 'equ-7': 4,
      // GROWTH: 4, 4, 5, 6−2=4, 6−1=5 → 22 → 85
      'gro-1': 4, 'gro-2': 4, 'gro-3': 5, 'gro-5': 2, 'gro-6': 1,
      // COMMITMENT: 5, 4, 6−2=4, 6−2=4, 6−3=3 → 20 → 4 → 75
      'cmt-1': 5, 'cmt-6': 4, 'cmt-4': 2, 'cmt-7': 2, 'cmt-8': 3,
      // PERSONAL_SPACE: 2, 3, 6−5=1, 6−4=2, 6−1=5 → 13 → 2.6 → 40
      'spa-6': 2, 'spa-9': 3, 'spa-4': 5, 'spa-7': 4, 'spa-8': 1,
      // CODEPENDENCE_RISK: 4, 5, 6−2=4, 6−1=5, 6−3=3 → 21 → 4.2 → 80
      'cod-1': 4, 'cod-2': 5, 'cod-5': 2, 'cod-7': 1, 'cod-8': 3,
      // Safety answers are accepted and never scored.
      'safe-afraid': 5, 'safe-controlled': 1, 'safe-hurt': 3,
    }).map(([itemKey, value]) => ({ itemKey, value })); // prettier-ignore
    // index = (85 + 50 + 85 + 75 + 40) / 5 = 335 / 5 = 67
    const expected = {
      dimensions: {
        COMMUNICATION: 85,
        EQUALITY: 50,
        GROWTH: 85,
        COMMITMENT: 75,
        PERSONAL_SPACE: 40,
        CODEPENDENCE_RISK: 80,
      },
      index: 67,
    };
    expect(scoreCheckin(V2, CheckinForm.FULL, answers)).toEqual(expected);
    const withoutSafety = answers.filter((answer) => !answer.itemKey.startsWith('safe-'));
    expect(scoreCheckin(V2, CheckinForm.FULL, withoutSafety)).toEqual(expected);
  });

  it('ignores safety answers on the pulse as well', () => {
    const scored = everyItem(PULSE_KEYS, 4);
    expect(scoreCheckin(V2, CheckinForm.PULSE, [...scored, ...everyItem(SAFETY_KEYS, 5)])).toEqual(
      scoreCheckin(V2, CheckinForm.PULSE, scored),
    );
  });

  it('refuses version 1 keys that version 2 dropped', () => {
    expect(() => scoreCheckin(V2, CheckinForm.FULL, everyItem(['cod-3'], 3))).toThrow(
      "There is no item 'cod-3' in the full check-in.",
    );
    expect(() => scoreCheckin(V2, CheckinForm.PULSE, everyItem(['gro-1'], 3))).toThrow(
      "Item 'gro-1' is not part of the pulse check-in.",
    );
  });
});

describe('checkinAnswerProblems with safety items', () => {
  it('accepts a draft without safety answers and requires them on submit', () => {
    const scored = everyItem(PULSE_KEYS, 3);
    expect(checkinAnswerProblems(V2, CheckinForm.PULSE, scored)).toEqual([]);
    expect(checkinAnswerProblems(V2, CheckinForm.PULSE, scored, { complete: true })).toEqual([
      "Some items are not answered yet: 'safe-afraid', 'safe-controlled', 'safe-hurt'.",
    ]);
    const oneSafety = [...scored, { itemKey: 'safe-hurt', value: 1 }];
    expect(checkinAnswerProblems(V2, CheckinForm.FULL, oneSafety, { complete: true })).toEqual([
      expect.stringMatching(/^Some items are not answered yet: 'com-2', /),
    ]);
    expect(checkinAnswerProblems(V2, CheckinForm.PULSE, oneSafety, { complete: true })).toEqual([
      "Some items are not answered yet: 'safe-afraid', 'safe-controlled'.",
    ]);
    const all = [...scored, ...everyItem(SAFETY_KEYS, 1)];
    expect(checkinAnswerProblems(V2, CheckinForm.PULSE, all, { complete: true })).toEqual([]);
  });

  it('checks safety answers like any other: on the scale, once each', () => {
    expect(
      checkinAnswerProblems(V2, CheckinForm.PULSE, [
        { itemKey: 'safe-afraid', value: 6 },
        { itemKey: 'safe-hurt', value: 2 },
        { itemKey: 'safe-hurt', value: 3 },
      ]),
    ).toEqual([
      "The answer to item 'safe-afraid' must be a whole number from 1 to 5; got 6.",
      "Item 'safe-hurt' is answered more than once.",
    ]);
  });

  it('knows no safety items in version 1', () => {
    expect(
      checkinAnswerProblems(CHECKIN_INSTRUMENT_V1, CheckinForm.FULL, everyItem(['safe-afraid'], 1)),
    ).toEqual(["There is no item 'safe-afraid' in the full check-in."]);
  });
});
