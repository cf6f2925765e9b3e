import { EXPECTED_CHANGE } from '@tandem/shared';
import {
  changeText,
  expectedChangePoolText,
  expectedText,
  overdueText,
  pulseText,
  signedPoints,
} from './progress-text';

describe('partner cell texts', () => {
  it('sign changes with a real minus sign', () => {
    expect(signedPoints(12)).toBe('+12');
    expect(signedPoints(-3.25)).toBe('−3.3');
    expect(signedPoints(0)).toBe('±0');
  });

  it('give both changes, or "not measured yet"', () => {
    expect(changeText({ points: 23, rci: 3.67, reliable: true }, 'baseline')).toBe(
      '+23 since baseline (RCI 3.67)',
    );
    expect(changeText({ points: -17, rci: -2.72, reliable: true }, 'previous')).toBe(
      '−17 since previous (RCI −2.72)',
    );
    expect(changeText(null, 'previous')).toBe('previous: not measured yet');
  });

  it('show a pulse change as pulse, with whether it is larger than measurement error', () => {
    expect(pulseText(75, { points: 25, reliable: false })).toBe(
      'Pulse 75: +25 since baseline, not larger than measurement error can explain',
    );
    expect(pulseText(50, null)).toBe('Pulse 50: change not measured yet');
    expect(pulseText(null, null)).toBeNull();
  });

  it('count overdue exercises and check-ins in one Overdue cell', () => {
    expect(overdueText(0, 0)).toBeNull();
    expect(overdueText(2, 0)).toBe('2 exercises');
    expect(overdueText(0, 1)).toBe('1 check-in');
    expect(overdueText(1, 2)).toBe('1 exercise, 2 check-ins');
  });

  it('say the expected line is the 10th percentile, how many couples, and 1 in 10 below by design', () => {
    const text = expectedText({ low: 4, median: 9.5, couples: 34, partners: 61, weeks: [9, 15] });
    expect(text).toContain(
      `${EXPECTED_CHANGE.lowPercentile}th percentile of 34 comparison couples`,
    );
    expect(text).toContain('Expected line: +4');
    expect(text).toContain('about 1 in 10 fall below it by design');
    expect(expectedChangePoolText(12, 30)).toContain('hidden until there are at least 30');
    expect(expectedChangePoolText(40, 30)).not.toContain('hidden');
  });
});
