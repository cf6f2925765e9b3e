/** A check-in `k` can be answered from three days before it is due. */
export const CHECKIN_OPENED = `k.due_at - interval '3 days' <= now()`;

/** Where a partner is with check-in `k`. */
export const CHECKIN_STATUS = `CASE WHEN k.submitted_at IS NOT NULL THEN 'SUBMITTED'
  WHEN k.closed_at IS NOT NULL THEN 'CLOSED'
  WHEN k.due_at < now() THEN 'OVERDUE'
  WHEN k.updated_at IS NOT NULL THEN 'DRAFT'
  ELSE 'NOT_STARTED' END`;
