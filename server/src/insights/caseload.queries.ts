import { onCaseloadOf } from '../access/access.queries';
import { OPEN_TODOS } from '../assignments/progress.queries';
import {
  coupleNameMatches,
  isPrimaryCounselorOf,
  PARTNERS_OF_COUPLE,
} from '../couples/couples.queries';
import type { PartnerModel } from '../couples/models/partner.model';
import { pg, statement } from '../database/sql';
import { openSafetyAlertCount } from '../safety/safety.queries';

/**
 * Couple `c`'s current episode of care (the latest; an active couple's is open): its number and
 * when it began (the first begins at in_care_since).
 */
const EPISODE_OF_COUPLE = `(
  SELECT e.id, e.number, e.started_at FROM care_episode e
   WHERE e.couple_id = c.id ORDER BY e.number DESC LIMIT 1)`;

/**
 * Couple `c`'s exercise submissions read once: answers submitted that no one has commented on
 * yet (`to_review`) and the latest draft or submission (`last_at`).
 */
const SUBMISSIONS_OF_COUPLE = `(
  SELECT count(*) FILTER (WHERE s.status = 'SUBMITTED' AND NOT EXISTS (
           SELECT 1 FROM submission_comment sc WHERE sc.submission_id = s.id))::int AS to_review,
         max(s.updated_at) AS last_at
    FROM assignment a
    JOIN assignment_occurrence o ON o.assignment_id = a.id
    JOIN submission s ON s.occurrence_id = o.id
   WHERE a.couple_id = c.id)`;

/**
 * Couple `c`'s check-ins read once: the latest taken or drafted, and those a partner still in the
 * couple owes past their due date (`overdue`), of which `well_overdue` by more than $3 days.
 */
const CHECKINS_OF_COUPLE = `(
  SELECT max(coalesce(k.submitted_at, k.updated_at)) AS last_at,
         count(*) FILTER (WHERE k.due_at < now() AND k.submitted_at IS NULL AND k.closed_at IS NULL
                            AND p.client_id IS NOT NULL)::int AS overdue,
         count(*) FILTER (WHERE k.due_at < now() - make_interval(days => $3) AND k.submitted_at IS NULL
                            AND k.closed_at IS NULL AND p.client_id IS NOT NULL)::int AS well_overdue
    FROM checkin k
    LEFT JOIN couple_partner p ON p.couple_id = k.couple_id AND p.client_id = k.client_id AND p.left_at IS NULL
   WHERE k.couple_id = c.id)`;

/** Open exercise to-dos of couple `c` past their due date (one per partner who owes it), and of those overdue by more than $3 days. */
const EXERCISES_OF_COUPLE = `(
  SELECT count(*)::int AS overdue,
         count(*) FILTER (WHERE open.due_at < now() - make_interval(days => $3))::int AS well_overdue
    FROM (${OPEN_TODOS}) open WHERE open.couple_id = c.id AND open.due_at < now())`;

/**
 * Whether each active partner's latest full response in the current episode gave the same answer
 * to every scored item (it is then not read as codependence), as a JSON object by client.
 */
const STRAIGHT_LINED_OF_COUPLE = `(
  SELECT coalesce(json_object_agg(p.client_id, latest.straight_lined), '{}')
    FROM couple_partner p
   CROSS JOIN LATERAL (
         SELECT k.straight_lined FROM checkin k
          WHERE k.couple_id = c.id AND k.client_id = p.client_id AND k.form = 'FULL'
            AND k.submitted_at IS NOT NULL AND (ep.number = 1 OR k.submitted_at >= ep.started_at)
          ORDER BY k.submitted_at DESC LIMIT 1) latest
   WHERE p.couple_id = c.id AND p.left_at IS NULL)`;

/**
 * Every active couple on the caseload of counselor $1 (the policy's rule: their care teams) with
 * the facts the caseload reads, optionally narrowed by a search $2 (already LIKE-escaped) on the
 * couple's or a partner's name; $3 is the grace in days before an overdue to-do counts as well
 * overdue. Scores come from the progress reader, for the current episode of these couples.
 */
export const CASELOAD_COUPLES = `SELECT c.id, c.name, c.in_care_since AS "inCareSince",
              ${isPrimaryCounselorOf('$1')} AS "isPrimaryCounselor",
              ${PARTNERS_OF_COUPLE} AS partners, sub.to_review AS "toReviewCount",
              ex.overdue AS "overdueCount", ck.overdue AS "overdueCheckinCount",
              ex.well_overdue + ck.well_overdue AS "wellOverdueCount",
              greatest(sub.last_at, ck.last_at) AS "lastActivityAt",
              ep.id AS "episodeId", ep.number AS "episodeNumber", ep.started_at AS "episodeStartedAt",
              ${STRAIGHT_LINED_OF_COUPLE} AS "straightLined", ${openSafetyAlertCount('c.id')} AS "openSafetyAlerts"
         FROM couple c
         LEFT JOIN LATERAL ${EPISODE_OF_COUPLE} ep ON true
        CROSS JOIN LATERAL ${SUBMISSIONS_OF_COUPLE} sub
        CROSS JOIN LATERAL ${CHECKINS_OF_COUPLE} ck
        CROSS JOIN LATERAL ${EXERCISES_OF_COUPLE} ex
        WHERE ${onCaseloadOf('c.id', '$1::uuid')} AND c.status = 'ACTIVE'
          AND ($2::text IS NULL OR ${coupleNameMatches('$2')})`;

export const caseloadCouples = statement({
  name: 'insights.caseloadCouples',
  text: CASELOAD_COUPLES,
  params: [pg.uuid, pg.text.orNull, pg.int4],
  row: {
    id: pg.uuid,
    name: pg.varchar,
    inCareSince: pg.timestamptz,
    isPrimaryCounselor: pg.bool,
    partners: pg.json<PartnerModel[]>(),
    toReviewCount: pg.int4,
    overdueCount: pg.int4,
    overdueCheckinCount: pg.int4,
    wellOverdueCount: pg.int4,
    lastActivityAt: pg.timestamptz.orNull,
    episodeId: pg.uuid.orNull,
    episodeNumber: pg.int4.orNull,
    episodeStartedAt: pg.timestamptz.orNull,
    straightLined: pg.json<Record<string, boolean>>(),
    openSafetyAlerts: pg.int4,
  },
});
