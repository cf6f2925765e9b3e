import { OPEN_TODOS } from '../assignments/progress-sql';
import { PARTNERS_OF_COUPLE } from '../couples/couples.service';

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

/** Couple `c`'s check-ins read once: the latest taken or drafted, and whether one is overdue. */
const CHECKINS_OF_COUPLE = `(
  SELECT max(coalesce(k.submitted_at, k.updated_at)) AS last_at,
         coalesce(bool_or(k.due_at < now() AND k.submitted_at IS NULL AND k.closed_at IS NULL), false)
           AS overdue
    FROM checkin k WHERE k.couple_id = c.id)`;

/** Open to-dos of couple `c` past their due date, one per partner who owes it. */
const OVERDUE_OF_COUPLE = `(
  SELECT count(*)::int FROM (${OPEN_TODOS}) open WHERE open.couple_id = c.id AND open.due_at < now())`;

/**
 * Each active partner of couple `c` with their first and latest index and latest
 * codependence risk, as a JSON array.
 */
const PROGRESS_OF_COUPLE = `(
  SELECT coalesce(json_agg(json_build_object(
           'clientId', u.id, 'displayName', u.display_name,
           'baselineIndex', (SELECT s.score::float FROM checkin_score s WHERE s.client_id = u.id AND s.key = 'INDEX'
                              ORDER BY s.taken_at LIMIT 1),
           'baselineAt', (SELECT s.taken_at FROM checkin_score s WHERE s.client_id = u.id AND s.key = 'INDEX'
                              ORDER BY s.taken_at LIMIT 1),
           'latestIndex', (SELECT s.score::float FROM checkin_score s WHERE s.client_id = u.id AND s.key = 'INDEX'
                              ORDER BY s.taken_at DESC LIMIT 1),
           'latestAt', (SELECT s.taken_at FROM checkin_score s WHERE s.client_id = u.id AND s.key = 'INDEX'
                              ORDER BY s.taken_at DESC LIMIT 1),
           'latestCodependenceRisk', (SELECT s.score::float FROM checkin_score s
                              WHERE s.client_id = u.id AND s.key = 'CODEPENDENCE_RISK'
                              ORDER BY s.taken_at DESC LIMIT 1))
         ORDER BY u.display_name), '[]')
    FROM couple_partner cp JOIN app_user u ON u.id = cp.client_id
   WHERE cp.couple_id = c.id AND cp.left_at IS NULL)`;

/**
 * For every couple of the clinic with a baseline and a later index score: weeks between them
 * and the mean change of its partners. What "on track" is learned from. Two probes of the
 * partial index on index scores per client, rather than sorting every score of the clinic.
 */
export const CLINIC_CHANGE_SAMPLES = `
  SELECT f.couple_id AS "coupleId", avg(l.score - f.score)::float AS change,
         avg(extract(epoch FROM l.taken_at - f.taken_at) / 604800)::float AS weeks
    FROM app_user u
   CROSS JOIN LATERAL (
         SELECT s.couple_id, s.score::float AS score, s.taken_at FROM checkin_score s
          WHERE s.client_id = u.id AND s.key = 'INDEX' ORDER BY s.taken_at LIMIT 1) f
   CROSS JOIN LATERAL (
         SELECT s.score::float AS score, s.taken_at FROM checkin_score s
          WHERE s.client_id = u.id AND s.key = 'INDEX' ORDER BY s.taken_at DESC LIMIT 1) l
   WHERE u.role = 'CLIENT' AND l.taken_at > f.taken_at
   GROUP BY f.couple_id`;

/**
 * Every active couple on the care teams of counselor $1 with the facts the caseload reads,
 * optionally narrowed by a search $2 (already LIKE-escaped) on the couple's or a partner's name.
 */
export const CASELOAD_COUPLES = `SELECT c.id, c.name, c.in_care_since AS "inCareSince", t.is_primary AS "isPrimaryCounselor",
              ${PARTNERS_OF_COUPLE} AS partners, sub.to_review AS "toReviewCount",
              ${OVERDUE_OF_COUPLE} AS "overdueCount", greatest(sub.last_at, ck.last_at) AS "lastActivityAt",
              ck.overdue AS "checkinOverdue", ${PROGRESS_OF_COUPLE} AS progress
         FROM care_team_member t JOIN couple c ON c.id = t.couple_id
        CROSS JOIN LATERAL ${SUBMISSIONS_OF_COUPLE} sub
        CROSS JOIN LATERAL ${CHECKINS_OF_COUPLE} ck
        WHERE t.counselor_id = $1 AND c.status = 'ACTIVE'
          AND ($2::text IS NULL OR c.name ILIKE '%' || $2 || '%' OR EXISTS (
                SELECT 1 FROM couple_partner p JOIN app_user u ON u.id = p.client_id
                 WHERE p.couple_id = c.id AND u.display_name ILIKE '%' || $2 || '%'))`;
