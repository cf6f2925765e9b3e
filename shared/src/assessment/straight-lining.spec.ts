import { CHECKIN_INSTRUMENT_V1, CHECKIN_INSTRUMENT_V2 } from './instrument';
import { isStraightLined, STRAIGHT_LINE_MIN_ANSWERS } from './straight-lining';
import { CheckinForm, ItemAnswer } from './types';

const V2 = CHECKIN_INSTRUMENT_V2;
const FULL_KEYS = V2.items.map((item) => item.key);
const PULSE_KEYS = V2.items.filter((item) => item.pulse).map((item) => item.key);
const SAFETY_KEYS = V2.safetyItems.map((item) => item.key);

function every(keys: readonly string[], value: number): ItemAnswer[] {
  return keys.map((itemKey) => ({ itemKey, value }));
}

describe('isStraightLined', () => {
  it('is true for the same answer to every statement of the full form', () => {
    for (const value of [1, 2, 3, 4, 5]) {
      expect(isStraightLined(V2, CheckinForm.FULL, every(FULL_KEYS, value))).toBe(true);
    }
  });

  it('is false as soon as one scored answer differs', () => {
    const answers = every(FULL_KEYS, 4);
    answers[17] = { ...answers[17], value: 5 };
    expect(isStraightLined(V2, CheckinForm.FULL, answers)).toBe(false);
  });

  it('leaves safety answers out, either way', () => {
    // Same scored answers, different safety answers: still straight-lined.
    expect(
      isStraightLined(V2, CheckinForm.PULSE, [
        ...every(PULSE_KEYS, 4),
        { itemKey: 'safe-afraid', value: 1 },
        { itemKey: 'safe-controlled', value: 2 },
        { itemKey: 'safe-hurt', value: 5 },
      ]),
    ).toBe(true);
    // Varied scored answers, identical safety answers: not straight-lined.
    const varied = PULSE_KEYS.map((itemKey, index) => ({ itemKey, value: 1 + (index % 5) }));
    expect(isStraightLined(V2, CheckinForm.PULSE, [...varied, ...every(SAFETY_KEYS, 1)])).toBe(
      false,
    );
  });

  it('needs at least four scored answers of the form', () => {
    expect(STRAIGHT_LINE_MIN_ANSWERS).toBe(4);
    expect(isStraightLined(V2, CheckinForm.PULSE, every(PULSE_KEYS.slice(0, 3), 2))).toBe(false);
    expect(isStraightLined(V2, CheckinForm.PULSE, every(PULSE_KEYS.slice(0, 4), 2))).toBe(true);
    // Three scored answers and three safety answers, all alike: too few scored ones.
    expect(
      isStraightLined(V2, CheckinForm.PULSE, every([...PULSE_KEYS.slice(0, 3), ...SAFETY_KEYS], 2)),
    ).toBe(false);
    expect(isStraightLined(V2, CheckinForm.FULL, [])).toBe(false);
  });

  it('counts only items of the form, and each item once', () => {
    // Three pulse items plus full-form items that are not on the pulse.
    const outside = every([...PULSE_KEYS.slice(0, 3), 'com-2', 'com-3'], 4);
    expect(isStraightLined(V2, CheckinForm.PULSE, outside)).toBe(false);
    expect(isStraightLined(V2, CheckinForm.FULL, outside)).toBe(true);
    const repeated = every([PULSE_KEYS[0], PULSE_KEYS[0], PULSE_KEYS[0], PULSE_KEYS[1]], 3);
    expect(isStraightLined(V2, CheckinForm.PULSE, repeated)).toBe(false);
  });

  it('works on version 1 responses too', () => {
    const keys = CHECKIN_INSTRUMENT_V1.items.map((item) => item.key);
    expect(isStraightLined(CHECKIN_INSTRUMENT_V1, CheckinForm.FULL, every(keys, 4))).toBe(true);
  });
});
