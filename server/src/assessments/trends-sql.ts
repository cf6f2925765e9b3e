import { MIN_DAYS_BETWEEN_MEASURES } from '@tandem/shared';

/**
 * A couple's trend data, always within its current episode of care; parameters: $1 the couple,
 * $2 the clients whose scores may be shown, $3 and $4 the range (either may be null).
 */

/** The couple's current (latest) episode of care ($1: the couple). */
export const TREND_EPISODE = `SELECT number, started_at AS "startedAt", ended_at AS "endedAt"
         FROM care_episode WHERE couple_id = $1 ORDER BY number DESC LIMIT 1`;

/** Comparable scores at least this far apart are a measured change (shared MIN_DAYS_BETWEEN_MEASURES). */
const MEASURED_APART = `interval '${MIN_DAYS_BETWEEN_MEASURES * 24} hours'`;

/**
 * The scores of those clients in the current episode of care that the trends need, per client,
 * instrument version, form and key: those within the range (`inRange`), and the series'
 * landmarks wherever they fall — its first score (`baseline`), its latest, and the latest taken
 * at least MIN_DAYS_BETWEEN_MEASURES days before that (the previous). Episode 1 has no lower
 * bound: whatever came before the first discharge belongs to it. Hours rather than days, so a
 * change of daylight saving time in the session's zone cannot move the bound.
 */
export const TREND_POINTS = `WITH episode AS (${TREND_EPISODE}),
       scored AS (
         SELECT s.checkin_id AS "checkinId", s.taken_at AS "takenAt", s.form,
                s.instrument_version AS "instrumentVersion", s.key, s.score::float AS score,
                s.client_id AS "clientId",
                row_number() OVER (series ORDER BY s.taken_at, s.checkin_id) = 1 AS baseline,
                row_number() OVER (series ORDER BY s.taken_at DESC, s.checkin_id DESC) = 1 AS latest,
                s.taken_at <= max(s.taken_at) OVER series - ${MEASURED_APART} AS early
           FROM checkin_score s CROSS JOIN episode e
          WHERE s.couple_id = $1 AND s.client_id = ANY($2::uuid[])
            AND (e.number = 1 OR s.taken_at >= e."startedAt")
            AND (e."endedAt" IS NULL OR s.taken_at < e."endedAt")
         WINDOW series AS (PARTITION BY s.client_id, s.instrument_version, s.form, s.key)),
       marked AS (
         SELECT *, early AND row_number() OVER (
                  PARTITION BY "clientId", "instrumentVersion", form, key, early
                  ORDER BY "takenAt" DESC, "checkinId" DESC) = 1 AS previous,
                ($3::timestamptz IS NULL OR "takenAt" >= $3) AND ($4::timestamptz IS NULL OR "takenAt" <= $4) AS "inRange"
           FROM scored)
       SELECT "checkinId", "takenAt", form, "instrumentVersion", key, score, "clientId", baseline, "inRange"
         FROM marked
        WHERE baseline OR latest OR previous OR "inRange"
        ORDER BY "takenAt", "checkinId", form, key`;

/** The names of those clients (parameter $1: their ids). */
export const TREND_PEOPLE = `SELECT id, display_name AS "displayName" FROM app_user WHERE id = ANY($1::uuid[]) ORDER BY display_name`;

/** Submitted exercises of the couple in the range and the current episode, as events on the charts. */
export const TREND_EVENTS = `WITH episode AS (${TREND_EPISODE})
       SELECT s.submitted_at AS at, v.title, s.client_id AS "clientId"
         FROM submission s
         JOIN assignment_occurrence o ON o.id = s.occurrence_id
         JOIN assignment a ON a.id = o.assignment_id
         JOIN exercise_version v ON v.id = a.exercise_version_id
        CROSS JOIN episode e
        WHERE a.couple_id = $1 AND s.status = 'SUBMITTED'
          AND (s.client_id IS NULL OR s.client_id = ANY($2::uuid[]))
          AND (e.number = 1 OR s.submitted_at >= e."startedAt")
          AND (e."endedAt" IS NULL OR s.submitted_at < e."endedAt")
          AND ($3::timestamptz IS NULL OR s.submitted_at >= $3) AND ($4::timestamptz IS NULL OR s.submitted_at <= $4)
        ORDER BY s.submitted_at LIMIT 500`;
