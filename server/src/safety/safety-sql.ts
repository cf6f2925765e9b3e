/**
 * SQL of safety alerts. The caseload counts open alerts with these (row-level security keeps
 * them to the clinic; the caseload itself keeps them to the counselor's couples).
 */

/** Open alerts per couple: `couple_id`, `open_count` (int), `first_raised_at`. Join on couple_id. */
export const OPEN_SAFETY_ALERTS_BY_COUPLE = `
  SELECT sa.couple_id, count(*)::int AS open_count, min(sa.raised_at) AS first_raised_at
    FROM safety_alert sa
   WHERE sa.resolved_at IS NULL
   GROUP BY sa.couple_id`;

/** The number of open alerts of the couple in SQL expression `couple` (an int, 0 when none). */
export const openSafetyAlertCount = (couple: string) =>
  `(SELECT count(*)::int FROM safety_alert sa WHERE sa.couple_id = ${couple} AND sa.resolved_at IS NULL)`;

/** The columns of the SafetyAlert model, from alert `a`. */
export const SAFETY_ALERT_COLUMNS = `a.id, a.couple_id AS "coupleId", a.client_id AS "clientId",
  cu.display_name AS "clientName", a.checkin_id AS "checkinId", a.raised_at AS "raisedAt",
  a.resolved_at AS "resolvedAt", ru.display_name AS "resolvedByName", a.resolution`;

export const SAFETY_ALERT_JOINS = `JOIN app_user cu ON cu.id = a.client_id
  LEFT JOIN app_user ru ON ru.id = a.resolved_by`;
