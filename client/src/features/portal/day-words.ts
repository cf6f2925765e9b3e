const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole calendar days from `from` to `to` in local time (negative when `to` is earlier). */
function calendarDays(from: Date, to: Date): number {
  const start = new Date(from.getFullYear(), from.getMonth(), from.getDate());
  const end = new Date(to.getFullYear(), to.getMonth(), to.getDate());
  // Rounded: a day across a daylight-saving change is 23 or 25 hours long.
  return Math.round((end.getTime() - start.getTime()) / DAY_MS);
}

/**
 * A day as people say it: "today", "tomorrow", "yesterday", otherwise a short date such as
 * "Fri 12 Dec" (in the reader's locale; the year only when it is not this year's).
 */
export function dayInWords(date: Date, now = new Date(), locale?: string): string {
  const days = calendarDays(now, date);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: date.getFullYear() === now.getFullYear() ? undefined : 'numeric',
  }).format(date);
}

/** "Due tomorrow", "Due Fri 12 Dec", or for a past date "Was due yesterday". */
export function dueInWords(dueAt: string, now = new Date(), locale?: string): string {
  const due = new Date(dueAt);
  const prefix = due.getTime() < now.getTime() ? 'Was due' : 'Due';
  return `${prefix} ${dayInWords(due, now, locale)}`;
}

/** "Saved at 14:02" today, "Saved Mon 8 Dec at 14:02" for an older draft. */
export function savedInWords(savedAt: string, now = new Date(), locale?: string): string {
  const saved = new Date(savedAt);
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(saved);
  const day = dayInWords(saved, now, locale);
  return day === 'today' ? `Saved at ${time}` : `Saved ${day} at ${time}`;
}
