import { CHECKIN_INSTRUMENT_V1, CHECKIN_INSTRUMENT_V2 } from './instrument';
import { SAFETY_CONCERN_FROM, safetyConcern, safetyConcernKeys } from './safety';
import { ItemAnswer } from './types';

const V2 = CHECKIN_INSTRUMENT_V2;

function safety(values: Record<string, number>): ItemAnswer[] {
  return Object.entries(values).map(([itemKey, value]) => ({ itemKey, value }));
}

describe('safetyConcern', () => {
  it('starts at "Neither agree nor disagree"', () => {
    expect(SAFETY_CONCERN_FROM).toBe(3);
    expect(V2.scale.labels[SAFETY_CONCERN_FROM - V2.scale.min]).toBe('Neither agree nor disagree');
  });

  it('is no concern when every safety statement is disagreed with', () => {
    const calm = safety({ 'safe-afraid': 1, 'safe-controlled': 2, 'safe-hurt': 1 });
    expect(safetyConcern(V2, calm)).toBe(false);
    expect(safetyConcernKeys(V2, calm)).toEqual([]);
  });

  it('is a concern when any one is answered 3 or more, and names which', () => {
    for (const key of ['safe-afraid', 'safe-controlled', 'safe-hurt']) {
      for (const value of [3, 4, 5]) {
        const answers = safety({ 'safe-afraid': 1, 'safe-controlled': 1, 'safe-hurt': 1 });
        const one = answers.map((answer) =>
          answer.itemKey === key ? { ...answer, value } : answer,
        );
        expect(safetyConcern(V2, one)).toBe(true);
        expect(safetyConcernKeys(V2, one)).toEqual([key]);
      }
    }
    expect(
      safetyConcernKeys(V2, safety({ 'safe-hurt': 5, 'safe-afraid': 3, 'safe-controlled': 2 })),
    ).toEqual(['safe-afraid', 'safe-hurt']);
  });

  it('reads only safety answers: agreeing with scored statements is no concern', () => {
    const scored = V2.items.map((item) => ({ itemKey: item.key, value: 5 }));
    expect(safetyConcern(V2, scored)).toBe(false);
    expect(safetyConcern(V2, [...scored, { itemKey: 'safe-controlled', value: 4 }])).toBe(true);
  });

  it('is no concern while no safety statement is answered, and never on version 1', () => {
    expect(safetyConcern(V2, [])).toBe(false);
    expect(safetyConcern(CHECKIN_INSTRUMENT_V1, safety({ 'safe-afraid': 5 }))).toBe(false);
  });
});
