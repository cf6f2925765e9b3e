import { CheckinForm, Dimension, MIN_DAYS_BETWEEN_MEASURES, type ScoreKey } from '@tandem/shared';
import {
  currentEpisodeOf,
  episodeFrom,
  episodeOf,
  episodeUntil,
  fromCouples,
  joinPartnersOnRecord,
  partnerIdsOnRecord,
} from '../couples/membership.queries';
import { pg, statement } from '../database/sql';

/**
 * SQL for scores scoped to a couple's episode of care. A score belongs to episode e of its
 * couple when `(e.number = 1 OR taken_at >= e.started_at) AND (e.ended_at IS NULL OR taken_at <
 * e.ended_at)`: episode 1 has no lower bound (everything before the first discharge is the
 * first episode). Written as a range on taken_at so the (couple, client, taken_at) indexes bound
 * the scan. Couples, their partners and episodes come from the couples module's fragments.
 */

/** Scores as `alias`, for other modules' reads whose rows are scores. */
export const fromScores = (alias: string) => `FROM checkin_score ${alias}`;

/** Score `s` is of episode `e` of its couple. */
export const inEpisode = (s = 's', e = 'e') =>
  `${s}.couple_id = ${e}.couple_id AND ${s}.taken_at >= ${episodeFrom(e)} AND ${s}.taken_at < ${episodeUntil(e)}`;

const FORM = pg.enum<CheckinForm>('checkin_form');
const KEY = pg.enum<ScoreKey>('score_key');

/**
 * The current episode of each couple in $1 (uuid[]) and its partners: those in the couple now,
 * or, for a discharged couple, those it had when it was discharged (as PARTNERS_OF_COUPLE).
 */
export const EPISODES_AND_PARTNERS = `
  SELECT e.id, e.couple_id AS "coupleId", e.number, e.started_at AS "startedAt", e.ended_at AS "endedAt",
         ${partnerIdsOnRecord('c')} AS "clientIds"
    ${fromCouples('c')}
   CROSS JOIN LATERAL ${currentEpisodeOf('c.id')} e
   WHERE c.id = ANY($1::uuid[])`;

export const episodesAndPartners = statement({
  name: 'assessments.episodesAndPartners',
  text: EPISODES_AND_PARTNERS,
  params: [pg.uuidArray],
  row: {
    id: pg.uuid,
    coupleId: pg.uuid,
    number: pg.int4,
    startedAt: pg.timestamptz,
    endedAt: pg.timestamptz.orNull,
    clientIds: pg.uuidArray,
  },
});

/** One row per couple (of $1) and partner with the bounds of the couple's current episode. */
const PARTNER_EPISODES = `
  SELECT c.id AS couple_id, p.client_id, e.number, ${episodeFrom()} AS since, ${episodeUntil()} AS until
    ${fromCouples('c')}
   CROSS JOIN LATERAL ${currentEpisodeOf('c.id')} e
    ${joinPartnersOnRecord('p', 'c')}
   WHERE c.id = ANY($1::uuid[])`;

/** A series asked for: one form and key (a comparable series adds client, episode, version). */
export interface SeriesSpec {
  form: CheckinForm;
  key: ScoreKey;
}

/** What the caseload and the clinic outcomes need unless they ask for more. */
export const DEFAULT_SERIES: readonly SeriesSpec[] = [
  { form: CheckinForm.FULL, key: 'INDEX' },
  { form: CheckinForm.PULSE, key: 'INDEX' },
  { form: CheckinForm.FULL, key: Dimension.CODEPENDENCE_RISK },
];

const KEYS: readonly ScoreKey[] = [...Object.values(Dimension), 'INDEX'];
const FORMS: readonly CheckinForm[] = Object.values(CheckinForm);
const MIN_HOURS_BETWEEN = MIN_DAYS_BETWEEN_MEASURES * 24;

/**
 * The key and form are written into the statement as literals, not parameters: under row-level
 * security an enum comparison never becomes an index condition, so only a partial index whose
 * predicate names them (checkin_score_full_index_idx and its siblings) lets the planner go
 * straight to a partner's scores of one key and form.
 */
function seriesBranch({ form, key }: SeriesSpec): string {
  if (!FORMS.includes(form) || !KEYS.includes(key)) {
    throw new Error(`Unknown score series ${String(form)}/${String(key)}`);
  }
  const same = `s.couple_id = pe.couple_id AND s.client_id = pe.client_id AND s.key = '${key}'
                AND s.form = '${form}' AND s.taken_at >= pe.since AND s.taken_at < pe.until`;
  return `
    SELECT '${form}'::checkin_form AS form, '${key}'::score_key AS key, l.instrument_version AS "instrumentVersion",
           b.checkin_id AS "baselineId", b.taken_at AS "baselineAt", b.score::float AS "baselineScore",
           v.checkin_id AS "previousId", v.taken_at AS "previousAt", v.score::float AS "previousScore",
           l.checkin_id AS "latestId", l.taken_at AS "latestAt", l.score::float AS "latestScore"
      FROM (SELECT s.checkin_id, s.taken_at, s.score, s.instrument_version FROM checkin_score s
             WHERE ${same} ORDER BY s.taken_at DESC, s.checkin_id DESC LIMIT 1) l
     CROSS JOIN LATERAL (
           SELECT s.checkin_id, s.taken_at, s.score FROM checkin_score s
            WHERE ${same} AND s.instrument_version = l.instrument_version
            ORDER BY s.taken_at, s.checkin_id LIMIT 1) b
      LEFT JOIN LATERAL (
           SELECT s.checkin_id, s.taken_at, s.score FROM checkin_score s
            WHERE ${same} AND s.instrument_version = l.instrument_version
              AND s.taken_at <= l.taken_at - interval '${MIN_HOURS_BETWEEN} hours'
            ORDER BY s.taken_at DESC, s.checkin_id DESC LIMIT 1) v ON true`;
}

/**
 * Baseline, previous and latest of each asked series of each partner of each couple in $1, in
 * the couple's current episode and the instrument version of the partner's latest score of that
 * series: baseline = first, latest = last, previous = last taken at least
 * MIN_DAYS_BETWEEN_MEASURES days before latest (as landmarksOf). Three index probes per partner
 * and series, in one statement. Used at module load to compose the declared statements below
 * (and by the benchmark, to time the same text).
 */
export function landmarksSql(series: readonly SeriesSpec[]): string {
  return `
    WITH pe AS MATERIALIZED (${PARTNER_EPISODES})
    SELECT pe.couple_id AS "coupleId", pe.client_id AS "clientId", x.*
      FROM pe
     CROSS JOIN LATERAL (${series.map(seriesBranch).join('\n      UNION ALL')}) x`;
}

const LANDMARK_ROW = {
  coupleId: pg.uuid,
  clientId: pg.uuid,
  form: FORM,
  key: KEY,
  instrumentVersion: pg.int2,
  baselineId: pg.uuid,
  baselineAt: pg.timestamptz,
  baselineScore: pg.float8,
  previousId: pg.uuid.orNull,
  previousAt: pg.timestamptz.orNull,
  previousScore: pg.float8.orNull,
  latestId: pg.uuid,
  latestAt: pg.timestamptz,
  latestScore: pg.float8,
} as const;

const landmarksStatement = (name: string, series: readonly SeriesSpec[]) =>
  statement({
    name: `assessments.${name}`,
    text: landmarksSql(series),
    params: [pg.uuidArray],
    row: LANDMARK_ROW,
  });

export type LandmarksStatement = ReturnType<typeof landmarksStatement>;

const seriesId = ({ form, key }: SeriesSpec) => `${form}.${key}`;

/** The default series of every couple in one statement: what the caseload reads. */
export const defaultLandmarks = landmarksStatement('landmarks', DEFAULT_SERIES);

/** One statement per form and key, for any other choice of series. */
const ONE_SERIES: ReadonlyMap<string, LandmarksStatement> = new Map(
  FORMS.flatMap((form) =>
    KEYS.map((key): [string, LandmarksStatement] => {
      const id = seriesId({ form, key });
      return [id, landmarksStatement(`landmarks.${id}`, [{ form, key }])];
    }),
  ),
);

/**
 * The declared statements that read the landmarks of `series`: the default series in one,
 * any other choice one statement per series.
 */
export function landmarkStatements(series: readonly SeriesSpec[]): LandmarksStatement[] {
  const asked = series.map(seriesId);
  if (asked.join() === DEFAULT_SERIES.map(seriesId).join()) return [defaultLandmarks];
  return asked.map((id) => {
    const found = ONE_SERIES.get(id);
    if (!found) throw new Error(`Unknown score series ${id}`);
    return found;
  });
}

/**
 * The latest $2 full-form index scores of each partner of each couple in $1 in its current
 * episode, newest first: the partner gap pairs the partners' scores from these.
 */
export const RECENT_FULL_INDEX = `
  WITH pe AS MATERIALIZED (${PARTNER_EPISODES})
  SELECT pe.couple_id AS "coupleId", pe.client_id AS "clientId", r.checkin_id AS "checkinId",
         r.taken_at AS "takenAt", r.score::float AS score, r.instrument_version AS "instrumentVersion"
    FROM pe
   CROSS JOIN LATERAL (
         SELECT s.checkin_id, s.taken_at, s.score, s.instrument_version FROM checkin_score s
          WHERE s.couple_id = pe.couple_id AND s.client_id = pe.client_id AND s.key = 'INDEX'
            AND s.form = 'FULL' AND s.taken_at >= pe.since AND s.taken_at < pe.until
          ORDER BY s.taken_at DESC, s.checkin_id DESC LIMIT $2::int) r`;

export const recentFullIndex = statement({
  name: 'assessments.recentFullIndex',
  text: RECENT_FULL_INDEX,
  params: [pg.uuidArray, pg.int4],
  row: {
    coupleId: pg.uuid,
    clientId: pg.uuid,
    checkinId: pg.uuid,
    takenAt: pg.timestamptz,
    score: pg.float8,
    instrumentVersion: pg.int2,
  },
});

/**
 * Every score of couple $1's episode (the current one when $3 is null, else number $3) of the
 * clients in $2, oldest first, with whether its check-in was straight-lined. Trends read this.
 */
export const scoresOfEpisode = statement({
  name: 'assessments.scoresOfEpisode',
  text: `
  WITH e AS MATERIALIZED ${episodeOf('$1', '$3::int')}
  SELECT s.checkin_id AS "checkinId", s.client_id AS "clientId", s.form, s.key,
         s.instrument_version AS "instrumentVersion", s.score::float AS score, s.taken_at AS "takenAt",
         k.straight_lined AS "straightLined"
    FROM e
    JOIN checkin_score s ON ${inEpisode('s', 'e')} AND s.client_id = ANY($2::uuid[])
    JOIN checkin k ON k.id = s.checkin_id
   ORDER BY s.taken_at, s.checkin_id, s.form, s.key`,
  params: [pg.uuid, pg.uuidArray, pg.int4.orNull],
  row: {
    checkinId: pg.uuid,
    clientId: pg.uuid,
    form: FORM,
    key: KEY,
    instrumentVersion: pg.int2,
    score: pg.float8,
    takenAt: pg.timestamptz,
    straightLined: pg.bool,
  },
});

/** Couple $1's episode (current when $2 is null, else number $2). */
export const episodeOfCouple = statement({
  name: 'assessments.episodeOfCouple',
  text: `
  SELECT e.id, e.number, e.started_at AS "startedAt", e.ended_at AS "endedAt"
    FROM ${episodeOf('$1', '$2::int')} e`,
  params: [pg.uuid, pg.int4.orNull],
  row: {
    id: pg.uuid,
    number: pg.int4,
    startedAt: pg.timestamptz,
    endedAt: pg.timestamptz.orNull,
  },
});
