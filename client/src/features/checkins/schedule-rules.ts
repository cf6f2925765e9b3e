const DAY_MS = 86_400_000;
export const MAX_EVERY_WEEKS = 12;
/** How far after the first due date the last may fall (the server's limit). */
export const MAX_SPAN_WEEKS = 52;

/** `datetime-local` wants local time without a zone. */
export function localDateTimeValue(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** Two days ahead at 8 pm: it opens at once (three days before it is due). */
export function defaultFirstDue(now = new Date()): string {
  const due = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 2, 20, 0);
  return localDateTimeValue(due);
}

/** Twelve weeks after the first due date, as a date input value. */
export function defaultUntil(firstDue: string): string {
  const first = new Date(firstDue);
  if (Number.isNaN(first.getTime())) return '';
  const until = new Date(first.getFullYear(), first.getMonth(), first.getDate() + 12 * 7);
  return localDateTimeValue(until).slice(0, 10);
}

/** The due dates the server will make: from the first, every N weeks, up to the end of the last day. */
export function checkinDates(firstDue: string, until: string, everyWeeks: number): Date[] {
  const start = new Date(firstDue).getTime();
  const end = new Date(`${until}T23:59:59`).getTime();
  if (Number.isNaN(start) || Number.isNaN(end) || everyWeeks < 1) return [];
  const dates: Date[] = [];
  for (let at = start; at <= end && dates.length <= MAX_SPAN_WEEKS; at += everyWeeks * 7 * DAY_MS) {
    dates.push(new Date(at));
  }
  return dates;
}

/** What is wrong with the dates, in words, or null. The server checks the same. */
export function scheduleProblem(firstDue: string, until: string, now = new Date()): string | null {
  const start = new Date(firstDue).getTime();
  if (!firstDue || Number.isNaN(start)) return 'Choose when the first check-in is due.';
  if (start <= now.getTime()) return 'Choose a first due date in the future.';
  const end = new Date(`${until}T23:59:59`).getTime();
  if (!until || Number.isNaN(end)) return 'Choose the last day check-ins may fall on.';
  if (end < start) return 'The last day must come after the first due date.';
  if (end > start + MAX_SPAN_WEEKS * 7 * DAY_MS) {
    return `Check-ins can be scheduled at most ${MAX_SPAN_WEEKS} weeks ahead.`;
  }
  return null;
}
