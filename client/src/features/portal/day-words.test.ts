import { dayInWords, dueInWords, savedInWords } from './day-words';

// Local times, so the tests hold in any time zone.
const NOW = new Date(2026, 11, 9, 10, 0); // Wed 9 Dec 2026, 10:00

describe('day words', () => {
  it('names nearby days and writes the others as a short date', () => {
    expect(dayInWords(new Date(2026, 11, 9, 23, 59), NOW, 'en-GB')).toBe('today');
    expect(dayInWords(new Date(2026, 11, 10, 0, 1), NOW, 'en-GB')).toBe('tomorrow');
    expect(dayInWords(new Date(2026, 11, 8, 9, 0), NOW, 'en-GB')).toBe('yesterday');
    expect(dayInWords(new Date(2026, 11, 11, 18, 0), NOW, 'en-GB')).toBe('Fri 11 Dec');
    expect(dayInWords(new Date(2027, 0, 4, 18, 0), NOW, 'en-GB')).toBe('Mon, 4 Jan 2027');
  });

  it('says when something is or was due', () => {
    expect(dueInWords(new Date(2026, 11, 10, 18, 0).toISOString(), NOW, 'en-GB')).toBe(
      'Due tomorrow',
    );
    expect(dueInWords(new Date(2026, 11, 12, 18, 0).toISOString(), NOW, 'en-GB')).toBe(
      'Due Sat 12 Dec',
    );
    expect(dueInWords(new Date(2026, 11, 9, 8, 0).toISOString(), NOW, 'en-GB')).toBe(
      'Was due today',
    );
    expect(dueInWords(new Date(2026, 11, 7, 8, 0).toISOString(), NOW, 'en-GB')).toBe(
      'Was due Mon 7 Dec',
    );
  });

  it('says when a draft was saved', () => {
    expect(savedInWords(new Date(2026, 11, 9, 9, 5).toISOString(), NOW, 'en-GB')).toBe(
      'Saved at 09:05',
    );
    expect(savedInWords(new Date(2026, 11, 8, 14, 2).toISOString(), NOW, 'en-GB')).toBe(
      'Saved yesterday at 14:02',
    );
  });
});
