import { partnerAnswersHiddenText, partnerProgressText } from './partner-words';

describe('partner words', () => {
  it('describes the partner’s progress without calling them late', () => {
    expect(partnerProgressText('Sam', 'SUBMITTED')).toBe('Sam has submitted');
    expect(partnerProgressText('Sam', 'DRAFT')).toBe('Sam has started');
    expect(partnerProgressText('Sam', 'OVERDUE')).toBe('Sam has not submitted yet');
    expect(partnerProgressText('Sam', 'CLOSED')).toBeNull();
  });

  it('explains why the partner’s answers are not shown', () => {
    expect(partnerAnswersHiddenText('Sam', 'DRAFT', true)).toMatch(/^Sam has not submitted yet/);
    expect(partnerAnswersHiddenText('Sam', 'SUBMITTED', false)).toMatch(
      /Sam’s answers appear when you have both submitted/,
    );
    expect(partnerAnswersHiddenText('Sam', 'SUBMITTED', true)).toBe(
      'Sam has not shared their answers.',
    );
  });
});
