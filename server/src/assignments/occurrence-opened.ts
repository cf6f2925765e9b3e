/**
 * Whether occurrence `o` of assignment `a` can be answered yet (SQL): a recurring exercise's
 * next occurrence opens when the one before it falls due.
 */
export const OCCURRENCE_OPENED = `(a.recurrence = 'NONE' OR o.sequence = 1 OR o.due_at - CASE a.recurrence
    WHEN 'WEEKLY' THEN interval '7 days' ELSE interval '14 days' END <= now())`;
