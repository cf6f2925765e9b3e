import { fromScores } from '../assessments/progress.queries';
import { joinEpisodeAt } from '../couples/membership.queries';
import { pg, statement } from '../database/sql';

/**
 * What "on track" is learned from: every follow-up point of every episode of care in the clinic
 * (row-level security keeps it to the actor's clinic), past or current. A point is a partner's
 * full-form index in an episode, paired with their first comparable one there (same instrument
 * version): the intake score, the weeks since it and the change. Points closer than $1 days
 * (counted in hours, as the shared rule counts them) to the intake are not measured change yet,
 * and those past $2 weeks are outside the model's window. One statement for the whole clinic;
 * the service keeps its result per clinic.
 */
const FOLLOW_UP_SAMPLES = `WITH series AS (
         SELECT e.id AS episode_id, s.client_id, s.instrument_version, s.score::float AS score, s.taken_at,
                first_value(s.score::float) OVER intake AS intake,
                first_value(s.taken_at) OVER intake AS intake_at
           ${fromScores('s')}
           ${joinEpisodeAt('e', 's.couple_id', 's.taken_at')}
          WHERE s.form = 'FULL' AND s.key = 'INDEX'
         WINDOW intake AS (PARTITION BY e.id, s.client_id, s.instrument_version
                           ORDER BY s.taken_at, s.checkin_id))
       SELECT episode_id AS "episodeId", client_id AS "clientId",
              instrument_version AS "instrumentVersion", intake,
              extract(epoch FROM taken_at - intake_at)::float / 604800 AS weeks,
              score - intake AS change
         FROM series
        WHERE taken_at - intake_at >= make_interval(hours => $1 * 24)
          AND taken_at - intake_at <= make_interval(weeks => $2)`;

export const followUpSamples = statement({
  name: 'insights.followUpSamples',
  text: FOLLOW_UP_SAMPLES,
  params: [pg.int4, pg.int4],
  row: {
    episodeId: pg.uuid,
    clientId: pg.uuid,
    instrumentVersion: pg.int2,
    intake: pg.float8,
    weeks: pg.float8,
    change: pg.float8,
  },
});
