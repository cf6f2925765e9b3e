import { EXPECTED_CHANGE, ordinal } from '@tandem/shared';
import { NOT_MEASURED, rciText } from '../measurement/change-status';

/** One decimal at most, with a real minus sign: 12 → "12", −3.25 → "−3.3". */
export function points(value: number): string {
  const text = Math.abs(value).toFixed(1).replace(/\.0$/, '');
  return value < 0 && text !== '0' ? `−${text}` : text;
}

/** A change in points with its sign: 12 → "+12", −3 → "−3", 0 → "±0". */
export function signedPoints(value: number): string {
  const text = points(value);
  if (text === '0') return '±0';
  return value > 0 ? `+${text}` : text;
}

interface Change {
  points: number;
  rci: number;
  reliable: boolean;
}

/**
 * A measured change as the partner cell reads it: "+12 since baseline (RCI 2.4)"; null changes
 * are "not measured yet".
 */
export function changeText(change: Change | null | undefined, since: string): string {
  if (!change) return `${since}: ${NOT_MEASURED.label.toLowerCase()}`;
  return `${signedPoints(change.points)} since ${since} (RCI ${rciText(change.rci)})`;
}

/**
 * The pulse index's change, shown for context only: whether it is larger than measurement error
 * can explain, never as a status or a flag.
 */
export function pulseText(
  latest: number | null | undefined,
  change: Pick<Change, 'points' | 'reliable'> | null | undefined,
): string | null {
  if (latest == null) return null;
  if (!change) return `Pulse ${points(latest)}: change ${NOT_MEASURED.label.toLowerCase()}`;
  return `Pulse ${points(latest)}: ${signedPoints(change.points)} since baseline, ${
    change.reliable
      ? 'larger than measurement error can explain'
      : 'not larger than measurement error can explain'
  }`;
}

/** The Overdue column: exercises and check-ins, so it agrees with the Check-in due flag. */
export function overdueText(exercises: number, checkins: number): string | null {
  const parts = [
    exercises > 0 ? `${exercises} exercise${exercises === 1 ? '' : 's'}` : null,
    checkins > 0 ? `${checkins} check-in${checkins === 1 ? '' : 's'}` : null,
  ].filter((part): part is string => part !== null);
  return parts.length ? parts.join(', ') : null;
}

interface Expected {
  low: number;
  median: number;
  couples: number;
  partners: number;
  weeks: number[];
}

/**
 * The expected change beside a partner: where the line is, what it is (the 10th percentile of
 * comparable couples' change, so about 1 in 10 fall below it by design) and how many couples.
 */
export function expectedText(expected: Expected): string {
  const share = Math.round(100 / EXPECTED_CHANGE.lowPercentile);
  return `Expected line: ${signedPoints(expected.low)}, the ${ordinal(EXPECTED_CHANGE.lowPercentile)} percentile of ${expected.couples} comparison couples' change (median ${signedPoints(expected.median)}); about 1 in ${share} fall below it by design`;
}

/**
 * Where the comparison couples come from, and why a partner may have no expected line: the
 * pool is the clinic's episodes with a follow-up, but each partner is compared only with those
 * that started in the same band and were measured at a similar time.
 */
export function expectedChangePoolText(episodes: number, needed: number): string {
  const pool = `The expected change is learned from the clinic's episodes of care with a full follow-up check-in (now ${episodes}).`;
  const rule = `A partner gets an expected line, and can be flagged "not on track", only when at least ${needed} of them started in the same ${EXPECTED_CHANGE.intakeBandWidth}-point intake band and were measured within ±${EXPECTED_CHANGE.weeksWindow} weeks of the same time in care.`;
  return episodes < needed
    ? `${pool} "Not on track" is hidden until there are at least ${needed}. ${rule}`
    : `${pool} ${rule}`;
}
