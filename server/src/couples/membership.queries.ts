/*
 * The couples module owns `couple`, `couple_partner`, `care_team_member` and `care_episode`.
 * Other modules reach them through the fragments below: a couple, who its partners are, who
 * cares for it, and its episodes of care. They name no other module's table, so any module can
 * compose them, accounts and check-ins included (couples.queries.ts, whose fragments name
 * accounts, would close an import cycle there). Aliases passed in are the caller's.
 */

/** An extra join condition, when given. */
const also = (condition?: string) => (condition ? ` AND (${condition})` : '');

/* Couples. */

/** Couples as `alias`, for reads whose rows are couples. */
export const fromCouples = (alias: string) => `FROM couple ${alias}`;

/** Whether couple `alias` is in care (active). */
export const inCare = (alias: string) => `${alias}.status = 'ACTIVE'`;

/** Joins as `alias` the couple whose id is SQL expression `coupleId`. */
export const joinCouple = (alias: string, coupleId: string) =>
  `JOIN couple ${alias} ON ${alias}.id = ${coupleId}`;

/** Like `joinCouple`, only while the couple is in care. */
export const joinCoupleInCare = (alias: string, coupleId: string) =>
  `${joinCouple(alias, coupleId)} AND ${inCare(alias)}`;

/** How many couples are in care (int4). */
export const COUPLES_IN_CARE_COUNT = `(SELECT count(*)::int FROM couple WHERE status = 'ACTIVE')`;

/**
 * The name of the couple client `client` (SQL uuid) is a partner of now (varchar, null when
 * none).
 */
export const coupleNameOfClient = (client: string) =>
  `(SELECT c.name FROM couple_partner p JOIN couple c ON c.id = p.couple_id
    WHERE p.client_id = ${client} AND p.left_at IS NULL LIMIT 1)`;

/** Whether client `client` (SQL uuid) is a partner of a couple now. */
export const isPartnerOfACouple = (client: string) =>
  `EXISTS (SELECT 1 FROM couple_partner p WHERE p.client_id = ${client} AND p.left_at IS NULL)`;

/* Partners. */

/** Partnerships as `alias` (columns couple_id, client_id, left_at), for reads over partners. */
export const fromPartners = (alias: string) => `FROM couple_partner ${alias}`;

/** Whether partnership `alias` is one of couple `couple` (SQL) now. */
export const isPartnerNow = (alias: string, couple: string) =>
  `${alias}.couple_id = ${couple} AND ${alias}.left_at IS NULL`;

/**
 * Whether partnership `alias` is on couple `c`'s record: a partner now, or one it had when it
 * was discharged (discharge makes the partners leave).
 */
export const isPartnerOnRecord = (alias: string, c: string) =>
  `${alias}.couple_id = ${c}.id AND (${alias}.left_at IS NULL OR ${c}.status = 'DISCHARGED')`;

/**
 * Joins as `alias` each partner couple `couple` (SQL) has had, present or past, on `condition`
 * too when given.
 */
export const joinPartners = (alias: string, couple: string, condition?: string) =>
  `JOIN couple_partner ${alias} ON ${alias}.couple_id = ${couple}${also(condition)}`;

/** Like `joinPartners`, for an optional partner. */
export const leftJoinPartners = (alias: string, couple: string, condition?: string) =>
  `LEFT ${joinPartners(alias, couple, condition)}`;

/** Joins as `alias` each partner of couple `couple` (SQL) now, on `condition` too when given. */
export const joinPartnersNow = (alias: string, couple: string, condition?: string) =>
  `JOIN couple_partner ${alias} ON ${isPartnerNow(alias, couple)}${also(condition)}`;

/** Like `joinPartnersNow`, for an optional partner. */
export const leftJoinPartnersNow = (alias: string, couple: string, condition?: string) =>
  `LEFT ${joinPartnersNow(alias, couple, condition)}`;

/** Joins as `alias` each partner on couple `c`'s record (see `isPartnerOnRecord`). */
export const joinPartnersOnRecord = (alias: string, c: string) =>
  `JOIN couple_partner ${alias} ON ${isPartnerOnRecord(alias, c)}`;

/** The client ids of the partners on couple `c`'s record, in order (uuid[], empty when none). */
export const partnerIdsOnRecord = (c: string) =>
  `coalesce((SELECT array_agg(p.client_id ORDER BY p.client_id) FROM couple_partner p
              WHERE ${isPartnerOnRecord('p', c)}),
            '{}')`;

/* Care teams. */

/** Care team memberships as `alias` (columns couple_id, counselor_id, is_primary). */
export const fromCareTeams = (alias: string) => `FROM care_team_member ${alias}`;

/** Joins as `alias` the membership of counselor `counselor` in couple `couple`'s care team. */
export const joinCareTeamMember = (alias: string, couple: string, counselor: string) =>
  `JOIN care_team_member ${alias} ON ${alias}.couple_id = ${couple} AND ${alias}.counselor_id = ${counselor}`;

/** Joins as `alias` the primary counselor's membership in couple `couple`'s care team. */
export const joinPrimaryCounselor = (alias: string, couple: string) =>
  `JOIN care_team_member ${alias} ON ${alias}.couple_id = ${couple} AND ${alias}.is_primary`;

/** How many couples in care counselor `counselor` (SQL uuid) leads as primary (int4). */
export const ledCoupleCountOf = (counselor: string) =>
  `(SELECT count(*)::int FROM care_team_member t JOIN couple c ON c.id = t.couple_id
     WHERE t.counselor_id = ${counselor} AND t.is_primary AND c.status = 'ACTIVE')`;

/* Episodes of care. */

/**
 * The first instant of episode `e` (a row with number and started_at): episode 1 has no lower
 * bound, as everything before the first discharge belongs to it.
 */
export const episodeFrom = (e = 'e') =>
  `CASE WHEN ${e}.number = 1 THEN '-infinity'::timestamptz ELSE ${e}.started_at END`;

/** The instant episode `e` ends before (exclusive); an open episode has none. */
export const episodeUntil = (e = 'e') => `coalesce(${e}.ended_at, 'infinity'::timestamptz)`;

/**
 * The episode of couple `couple` (SQL) whose number is SQL expression `number`, the latest when
 * it is null, as a one-row sub-select (columns id, couple_id, number, started_at, ended_at).
 */
export const episodeOf = (couple: string, number: string) =>
  `(SELECT ce.id, ce.couple_id, ce.number, ce.started_at, ce.ended_at FROM care_episode ce
     WHERE ce.couple_id = ${couple} AND (${number} IS NULL OR ce.number = ${number})
     ORDER BY ce.number DESC LIMIT 1)`;

/** The current (latest) episode of the couple whose id is the SQL expression `couple`, as a row. */
export const currentEpisodeOf = (couple: string) =>
  `(SELECT ce.id, ce.couple_id, ce.number, ce.started_at, ce.ended_at FROM care_episode ce
     WHERE ce.couple_id = ${couple} ORDER BY ce.number DESC LIMIT 1)`;

/**
 * Joins as `alias` the episode of care couple `couple` (SQL) was in at instant `at` (SQL), the
 * same rule as `episodeFrom`/`episodeUntil` written as conditions.
 */
export const joinEpisodeAt = (alias: string, couple: string, at: string) =>
  `JOIN care_episode ${alias} ON ${alias}.couple_id = ${couple}
        AND (${alias}.number = 1 OR ${at} >= ${alias}.started_at)
        AND (${alias}.ended_at IS NULL OR ${at} < ${alias}.ended_at)`;
