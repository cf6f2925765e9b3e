import { MIN_DAYS_BETWEEN_MEASURES } from '@tandem/shared';
import { joinAccount } from '../accounts/accounts.queries';
import { FROM_SUBMISSIONS } from '../assignments/progress.queries';
import { currentEpisodeOf, episodeFrom, episodeUntil } from '../couples/membership.queries';
import { pg, statement } from '../database/sql';
import { joinExerciseVersion } from '../exercises/exercises.queries';
import { CheckinFormKind } from './checkin-schedule.entity';
import { ScoreKeyName } from './checkin-score.entity';

/**
 * A couple's trend data, always within its current episode of care; parameters: $1 the couple,
 * $2 the clients whose scores may be shown, $3 and $4 the range (either may be null).
 *
 * Episodes, submitted exercises, names and exercise titles come through the couples',
 * assignments', accounts' and exercises' fragments.
 */

/** The couple's current (latest) episode of care ($1: the couple). */
export const TREND_EPISODE = `SELECT e.number, e.started_at AS "startedAt", e.ended_at AS "endedAt"
         FROM ${currentEpisodeOf('$1::uuid')} e`;

export const trendEpisode = statement({
  name: 'assessments.trendEpisode',
  text: TREND_EPISODE,
  params: [pg.uuid],
  row: { number: pg.int4, startedAt: pg.timestamptz, endedAt: pg.timestamptz.orNull },
});

/** The current episode as a row `e` (number, started_at, ended_at) for the statements below. */
const EPISODE = `episode AS MATERIALIZED ${currentEpisodeOf('$1::uuid')}`;

/** Comparable scores at least this far apart are a measured change (shared MIN_DAYS_BETWEEN_MEASURES). */
const MEASURED_APART = `interval '${MIN_DAYS_BETWEEN_MEASURES * 24} hours'`;

/** The couple, the clients whose scores may be shown, and the range (either end may be null). */
const RANGE_PARAMS = [pg.uuid, pg.uuidArray, pg.timestamptz.orNull, pg.timestamptz.orNull] as const;

/**
 * The scores of those clients in the current episode of care that the trends need, per client,
 * instrument version, form and key: those within the range (`inRange`), and the series'
 * landmarks wherever they fall — its first score (`baseline`), its latest, and the latest taken
 * at least MIN_DAYS_BETWEEN_MEASURES days before that (the previous). Episode 1 has no lower
 * bound: whatever came before the first discharge belongs to it. Hours rather than days, so a
 * change of daylight saving time in the session's zone cannot move the bound.
 */
export const TREND_POINTS = `WITH ${EPISODE},
       scored AS (
         SELECT s.checkin_id AS "checkinId", s.taken_at AS "takenAt", s.form,
                s.instrument_version AS "instrumentVersion", s.key, s.score::float AS score,
                s.client_id AS "clientId", k.straight_lined AS "straightLined",
                row_number() OVER (series ORDER BY s.taken_at, s.checkin_id) = 1 AS baseline,
                row_number() OVER (series ORDER BY s.taken_at DESC, s.checkin_id DESC) = 1 AS latest,
                s.taken_at <= max(s.taken_at) OVER series - ${MEASURED_APART} AS early
           FROM episode e
           JOIN checkin_score s ON s.couple_id = $1 AND s.client_id = ANY($2::uuid[])
            AND s.taken_at >= ${episodeFrom('e')} AND s.taken_at < ${episodeUntil('e')}
           JOIN checkin k ON k.id = s.checkin_id
         WINDOW series AS (PARTITION BY s.client_id, s.instrument_version, s.form, s.key)),
       marked AS (
         SELECT *, early AND row_number() OVER (
                  PARTITION BY "clientId", "instrumentVersion", form, key, early
                  ORDER BY "takenAt" DESC, "checkinId" DESC) = 1 AS previous,
                ($3::timestamptz IS NULL OR "takenAt" >= $3) AND ($4::timestamptz IS NULL OR "takenAt" <= $4) AS "inRange"
           FROM scored)
       SELECT "checkinId", "takenAt", form, "instrumentVersion", key, score, "clientId", "straightLined",
              baseline, latest, previous, "inRange"
         FROM marked
        WHERE baseline OR latest OR previous OR "inRange"
        ORDER BY "takenAt", "checkinId", form, key`;

export const trendPoints = statement({
  name: 'assessments.trendPoints',
  text: TREND_POINTS,
  params: RANGE_PARAMS,
  row: {
    checkinId: pg.uuid,
    takenAt: pg.timestamptz,
    form: pg.enum<CheckinFormKind>('checkin_form'),
    instrumentVersion: pg.int2,
    key: pg.enum<ScoreKeyName>('score_key'),
    score: pg.float8,
    clientId: pg.uuid,
    straightLined: pg.bool,
    baseline: pg.bool,
    latest: pg.bool,
    previous: pg.bool,
    inRange: pg.bool,
  },
});

/** The names of those clients (parameter $1: their ids). */
export const TREND_PEOPLE = `SELECT u.id, u.display_name AS "displayName"
         FROM unnest($1::uuid[]) AS shown(id) ${joinAccount('u', 'shown.id')}
        ORDER BY u.display_name`;

export const trendPeople = statement({
  name: 'assessments.trendPeople',
  text: TREND_PEOPLE,
  params: [pg.uuidArray],
  row: { id: pg.uuid, displayName: pg.varchar },
});

/** Submitted exercises of the couple in the range and the current episode, as events on the charts. */
export const TREND_EVENTS = `WITH ${EPISODE}
       SELECT s.submitted_at AS at, v.title, s.client_id AS "clientId"
         ${FROM_SUBMISSIONS}
         ${joinExerciseVersion('a.exercise_version_id')}
        CROSS JOIN episode e
        WHERE a.couple_id = $1 AND s.status = 'SUBMITTED'
          AND (s.client_id IS NULL OR s.client_id = ANY($2::uuid[]))
          AND s.submitted_at >= ${episodeFrom('e')} AND s.submitted_at < ${episodeUntil('e')}
          AND ($3::timestamptz IS NULL OR s.submitted_at >= $3) AND ($4::timestamptz IS NULL OR s.submitted_at <= $4)
        ORDER BY s.submitted_at LIMIT 500`;

export const trendEvents = statement({
  name: 'assessments.trendEvents',
  text: TREND_EVENTS,
  params: RANGE_PARAMS,
  // submitted_at may be null in the table; the range above keeps only those that have one.
  row: { at: pg.timestamptz, title: pg.varchar, clientId: pg.uuid.orNull },
});
