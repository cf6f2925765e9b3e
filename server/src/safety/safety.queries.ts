import { isActiveAccount, joinAccount, leftJoinAccount } from '../accounts/accounts.queries';
import { fromCareTeams, joinCareTeamMember } from '../couples/membership.queries';
import { pg, statement } from '../database/sql';

/**
 * SQL of safety alerts. Accounts and care teams come through the accounts and couples modules'
 * fragments.
 */

/**
 * The number of open alerts of the couple in SQL expression `couple` (an int, 0 when none),
 * for statements of other modules (the caseload) to compose at load.
 */
export const openSafetyAlertCount = (couple: string) =>
  `(SELECT count(*)::int FROM safety_alert sa WHERE sa.couple_id = ${couple} AND sa.resolved_at IS NULL)`;

/** The columns of the SafetyAlert model, from alert `a`. */
const ALERT_COLUMNS = `a.id, a.couple_id AS "coupleId", a.client_id AS "clientId",
  cu.display_name AS "clientName", a.checkin_id AS "checkinId", a.raised_at AS "raisedAt",
  a.resolved_at AS "resolvedAt", ru.display_name AS "resolvedByName", a.resolution`;

const ALERT_JOINS = `${joinAccount('cu', 'a.client_id')}
  ${leftJoinAccount('ru', 'a.resolved_by')}`;

const ALERT_ROW = {
  id: pg.uuid,
  coupleId: pg.uuid,
  clientId: pg.uuid,
  clientName: pg.varchar,
  checkinId: pg.uuid,
  raisedAt: pg.timestamptz,
  resolvedAt: pg.timestamptz.orNull,
  resolvedByName: pg.varchar.orNull,
  resolution: pg.varchar.orNull,
} as const;

export const alertById = statement({
  name: 'safety.alertById',
  text: `SELECT ${ALERT_COLUMNS} FROM safety_alert a ${ALERT_JOINS} WHERE a.id = $1`,
  params: [pg.uuid],
  row: ALERT_ROW,
});

/**
 * A page of couple $1's alerts, open ones first, newest first: resolved ones too when $2;
 * $3 limit, $4 offset.
 */
export const alertsOfCouple = statement({
  name: 'safety.alertsOfCouple',
  text: `SELECT ${ALERT_COLUMNS}
           FROM safety_alert a ${ALERT_JOINS}
          WHERE a.couple_id = $1 AND ($2 OR a.resolved_at IS NULL)
          ORDER BY a.resolved_at IS NULL DESC, a.raised_at DESC, a.id
          LIMIT $3::int OFFSET $4::int`,
  params: [pg.uuid, pg.bool, pg.int4, pg.int4],
  row: ALERT_ROW,
});

/** How many alerts the page counts (resolved ones too when $2) and how many are open. */
export const alertCountsOfCouple = statement({
  name: 'safety.alertCountsOfCouple',
  text: `SELECT count(*) FILTER (WHERE $2 OR resolved_at IS NULL)::int AS total,
                count(*) FILTER (WHERE resolved_at IS NULL)::int AS open
           FROM safety_alert WHERE couple_id = $1`,
  params: [pg.uuid, pg.bool],
  row: { total: pg.int4, open: pg.int4 },
});

/** Opens the alert of check-in $4; no row when it already has one. */
export const insertAlert = statement({
  name: 'safety.insertAlert',
  text: `INSERT INTO safety_alert (clinic_id, couple_id, client_id, checkin_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (checkin_id) DO NOTHING RETURNING id`,
  params: [pg.uuid, pg.uuid, pg.uuid, pg.uuid],
  row: { id: pg.uuid },
});

/** Resolves alert $1 by $2 with note $3; 0 rows when it was already resolved. */
export const resolveAlert = statement({
  name: 'safety.resolveAlert',
  text: `UPDATE safety_alert SET resolved_at = now(), resolved_by = $2, resolution = $3
          WHERE id = $1 AND resolved_at IS NULL`,
  params: [pg.uuid, pg.uuid, pg.varchar],
});

/**
 * The active counselors on couple $1's care team, each with the id of the email job about
 * alert $2 (the same alert and counselor always give the same id).
 */
export const emailRecipients = statement({
  name: 'safety.emailRecipients',
  text: `SELECT t.counselor_id AS "counselorId", md5($2::text || ':' || t.counselor_id::text)::uuid AS "jobId"
           ${fromCareTeams('t')}
          WHERE t.couple_id = $1 AND ${isActiveAccount('t.counselor_id')}`,
  params: [pg.uuid, pg.text],
  row: { counselorId: pg.uuid, jobId: pg.uuid },
});

/**
 * Who receives the email about alert $1 for counselor $2: still active and on the care team;
 * and whether the alert is still open. Run on the owner connection by the job.
 */
export const emailRecipient = statement({
  name: 'safety.emailRecipient',
  text: `SELECT u.email, u.display_name AS "displayName", a.couple_id AS "coupleId",
                a.resolved_at IS NULL AS "stillConcerned"
           FROM safety_alert a
           ${joinCareTeamMember('t', 'a.couple_id', '$2')}
           ${joinAccount('u', 't.counselor_id')}
          WHERE a.id = $1 AND u.status = 'ACTIVE'`,
  params: [pg.uuid, pg.uuid],
  row: { email: pg.varchar, displayName: pg.varchar, coupleId: pg.uuid, stillConcerned: pg.bool },
});
