/**
 * A couple's trend data; parameters: $1 the couple, $2 the clients whose scores may be shown,
 * $3 and $4 the range (either may be null).
 */

/** Every score of those clients in the range, plus each one's first (baseline) per key. */
export const TREND_POINTS = `WITH scored AS (
         SELECT s.checkin_id AS "checkinId", s.taken_at AS "takenAt", k.form, s.key, s.score::float AS score,
                s.client_id AS "clientId",
                row_number() OVER (PARTITION BY s.client_id, s.key ORDER BY s.taken_at, s.checkin_id) = 1 AS baseline
           FROM checkin_score s JOIN checkin k ON k.id = s.checkin_id
          WHERE s.couple_id = $1 AND s.client_id = ANY($2::uuid[]))
       SELECT * FROM scored
        WHERE baseline OR (($3::timestamptz IS NULL OR "takenAt" >= $3) AND ($4::timestamptz IS NULL OR "takenAt" <= $4))
        ORDER BY "takenAt", "checkinId", key`;

/** The names of those clients (parameter $1: their ids). */
export const TREND_PEOPLE = `SELECT id, display_name AS "displayName" FROM app_user WHERE id = ANY($1::uuid[]) ORDER BY display_name`;

/** Submitted exercises of the couple in the range, as events on the charts. */
export const TREND_EVENTS = `SELECT s.submitted_at AS at, v.title, s.client_id AS "clientId"
         FROM submission s
         JOIN assignment_occurrence o ON o.id = s.occurrence_id
         JOIN assignment a ON a.id = o.assignment_id
         JOIN exercise_version v ON v.id = a.exercise_version_id
        WHERE a.couple_id = $1 AND s.status = 'SUBMITTED'
          AND (s.client_id IS NULL OR s.client_id = ANY($2::uuid[]))
          AND ($3::timestamptz IS NULL OR s.submitted_at >= $3) AND ($4::timestamptz IS NULL OR s.submitted_at <= $4)
        ORDER BY s.submitted_at LIMIT 500`;
