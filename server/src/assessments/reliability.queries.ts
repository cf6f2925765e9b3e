import type { ItemAnswer } from '@tandem/shared';
import { pg, statement } from '../database/sql';

/**
 * The clinic's intake sample for its own reliability estimates (row-level security keeps it to
 * the actor's clinic).
 */

/** When the clinic's newest full response has not changed, neither has its estimate. */
export const NEWEST_FULL_RESPONSE = `SELECT max(submitted_at)::text AS newest FROM checkin
  WHERE form = 'FULL' AND submitted_at IS NOT NULL`;

export const newestFullResponse = statement({
  name: 'assessments.newestFullResponse',
  text: NEWEST_FULL_RESPONSE,
  params: [],
  row: { newest: pg.text.orNull },
});

/**
 * Each client's first submitted full response of each instrument version: one per client, so
 * a few clients answering often cannot stand in for many. The newest $1 clients per version.
 */
export const intakeResponses = statement({
  name: 'assessments.intakeResponses',
  text: `SELECT version, answers FROM (
         SELECT version, answers,
                row_number() OVER (PARTITION BY version ORDER BY submitted_at DESC) AS nth
           FROM (SELECT DISTINCT ON (instrument_version, client_id)
                        instrument_version AS version, answers, submitted_at
                   FROM checkin
                  WHERE form = 'FULL' AND submitted_at IS NOT NULL
                  ORDER BY instrument_version, client_id, submitted_at, id) AS intake) AS newest
        WHERE nth <= $1::int`,
  params: [pg.int4],
  row: { version: pg.int2, answers: pg.jsonb<ItemAnswer[]>() },
});
