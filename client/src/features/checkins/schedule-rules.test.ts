import { checkinDates, defaultFirstDue, defaultUntil, scheduleProblem } from './schedule-rules';

describe('schedule rules', () => {
  const now = new Date(2027, 2, 1, 9, 0);

  it('suggests a first due date two days ahead in the evening and twelve weeks of check-ins', () => {
    const first = defaultFirstDue(now);
    expect(first).toBe('2027-03-03T20:00');
    expect(defaultUntil(first)).toBe('2027-05-26');
    expect(checkinDates(first, defaultUntil(first), 4)).toHaveLength(4);
  });

  it('lists the due dates every N weeks up to the end of the last day', () => {
    const dates = checkinDates('2027-03-03T20:00', '2027-03-31', 2);
    expect(dates.map((date) => date.getDate())).toEqual([3, 17, 31]);
    expect(checkinDates('', '2027-03-31', 2)).toEqual([]);
  });

  it('explains dates the server would refuse', () => {
    expect(scheduleProblem('2027-02-28T20:00', '2027-03-31', now)).toBe(
      'Choose a first due date in the future.',
    );
    expect(scheduleProblem('2027-03-10T20:00', '2027-03-09', now)).toBe(
      'The last day must come after the first due date.',
    );
    expect(scheduleProblem('2027-03-10T20:00', '2028-03-10', now)).toBe(
      'Check-ins can be scheduled at most 52 weeks ahead.',
    );
    expect(scheduleProblem('2027-03-10T20:00', '', now)).toBe(
      'Choose the last day check-ins may fall on.',
    );
    expect(scheduleProblem('2027-03-10T20:00', '2027-06-10', now)).toBeNull();
  });
});
