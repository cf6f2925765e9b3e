import { Recurrence } from './assignment.entity';
import { dueDates } from './due-dates';

const now = new Date('2026-03-01T12:00:00Z');
const first = new Date('2026-03-03T18:00:00Z');

describe('dueDates', () => {
  it('gives one date without recurrence', () => {
    expect(dueDates(first, Recurrence.NONE, null, now)).toEqual([first]);
  });

  it('repeats weekly up to and including the last day', () => {
    const dates = dueDates(first, Recurrence.WEEKLY, new Date('2026-03-17T18:00:00Z'), now);
    expect(dates).toEqual([
      new Date('2026-03-03T18:00:00Z'),
      new Date('2026-03-10T18:00:00Z'),
      new Date('2026-03-17T18:00:00Z'),
    ]);
  });

  it('repeats every two weeks', () => {
    const dates = dueDates(
      first,
      Recurrence.EVERY_TWO_WEEKS,
      new Date('2026-03-30T00:00:00Z'),
      now,
    );
    expect(dates).toEqual([new Date('2026-03-03T18:00:00Z'), new Date('2026-03-17T18:00:00Z')]);
  });

  it('explains dates that make no sense', () => {
    expect(dueDates(new Date('2026-02-01T00:00:00Z'), Recurrence.NONE, null, now)).toMatch(
      /future/,
    );
    expect(dueDates(first, Recurrence.WEEKLY, null, now)).toMatch(/stops repeating/);
    expect(dueDates(first, Recurrence.WEEKLY, new Date('2026-03-02T00:00:00Z'), now)).toMatch(
      /after/,
    );
    expect(dueDates(first, Recurrence.WEEKLY, new Date('2027-03-02T00:00:00Z'), now)).toMatch(
      /26 weeks/,
    );
  });
});
