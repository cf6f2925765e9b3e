import { LIMITS } from '@tandem/shared';
import { slugKey, uniqueKey } from './keys';

describe('slugKey', () => {
  it('makes a lowercase, dashed key from a label', () => {
    expect(slugKey('What do you need?', 'question')).toBe('what-do-you-need');
    expect(slugKey('  Café & crème ', 'option')).toBe('cafe-creme');
  });

  it('starts with a letter and falls back when a label has none', () => {
    expect(slugKey('10 minutes a day', 'option')).toBe('option-10-minutes-a-day');
    expect(slugKey('???', 'question')).toBe('question');
    expect(slugKey('', 'option')).toBe('option');
  });

  it('stays short enough for a suffix, ending on a whole word', () => {
    const key = slugKey(
      'Which parts of your life feel most unsettled or unclear to you right now?',
      'question',
    );
    expect(key.length).toBeLessThanOrEqual(LIMITS.promptKeyMaxLength - 4);
    expect(key).toBe('which-parts-of-your-life-feel-most');
  });
});

describe('uniqueKey', () => {
  it('numbers a key that is taken and takes the result', () => {
    const taken = new Set(['need']);
    expect(uniqueKey('need', taken)).toBe('need-2');
    expect(uniqueKey('need', taken)).toBe('need-3');
    expect(uniqueKey('want', taken)).toBe('want');
    expect([...taken]).toEqual(['need', 'need-2', 'need-3', 'want']);
  });
});
