import { LIMITS } from '@tandem/shared';
import { Recurrence } from './assignment.entity';

const DAY_MS = 24 * 60 * 60 * 1000;
const STEP_DAYS: Record<Recurrence, number> = {
  [Recurrence.NONE]: 0,
  [Recurrence.WEEKLY]: 7,
  [Recurrence.EVERY_TWO_WEEKS]: 14,
};

/**
 * The due dates of an assignment: the first one, then every week or two weeks up to and
 * including `repeatUntil` (at the same time of day). Returns a problem message instead when
 * the dates do not make sense.
 */
export function dueDates(
  firstDue: Date,
  recurrence: Recurrence,
  repeatUntil: Date | null | undefined,
  now: Date,
): Date[] | string {
  if (firstDue.getTime() <= now.getTime()) return 'Choose a due date in the future.';
  if (recurrence === Recurrence.NONE) return [firstDue];
  if (!repeatUntil) return 'Choose when a recurring exercise stops repeating.';
  if (repeatUntil.getTime() < firstDue.getTime()) {
    return 'A recurring exercise has to repeat until a date after its first due date.';
  }
  const lastAllowed = firstDue.getTime() + LIMITS.recurrenceMaxWeeks * 7 * DAY_MS;
  if (repeatUntil.getTime() > lastAllowed) {
    return `A recurring exercise can repeat for at most ${LIMITS.recurrenceMaxWeeks} weeks.`;
  }
  const step = STEP_DAYS[recurrence] * DAY_MS;
  const dates: Date[] = [];
  for (let at = firstDue.getTime(); at <= repeatUntil.getTime(); at += step)
    dates.push(new Date(at));
  return dates;
}
