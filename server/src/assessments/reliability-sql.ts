/**
 * The clinic's intake sample for its own reliability estimates (row-level security keeps it to
 * the actor's clinic).
 */

/** When the clinic's newest full response has not changed, neither has its estimate. */
export const NEWEST_FULL_RESPONSE = `SELECT max(submitted_at)::text AS newest FROM checkin
  WHERE form = 'FULL' AND submitted_at IS NOT NULL`;

/**
 * Each client's first submitted full response of each instrument version: one per client, so
 * a few clients answering often cannot stand in for many. The newest $1 clients per version.
 */
export const INTAKE_RESPONSES = `SELECT version, answers FROM (
         SELECT version, answers,
                row_number() OVER (PARTITION BY version ORDER BY submitted_at DESC) AS nth
           FROM (SELECT DISTINCT ON (instrument_version, client_id)
                        instrument_version AS version, answers, submitted_at
                   FROM checkin
                  WHERE form = 'FULL' AND submitted_at IS NOT NULL
                  ORDER BY instrument_version, client_id, submitted_at, id) AS intake) AS newest
        WHERE nth <= $1`;
