import { onCaseloadOf } from '../access/access.queries';
import { checkinSummaryOf, straightLinedOf } from '../assessments/checkins.queries';
import { OPEN_TODOS, submissionSummaryOf } from '../assignments/progress.queries';
import {
  coupleNameMatches,
  isPrimaryCounselorOf,
  PARTNERS_OF_COUPLE,
} from '../couples/couples.queries';
import { currentEpisodeOf, fromCouples, inCare } from '../couples/membership.queries';
import type { PartnerModel } from '../couples/models/partner.model';
import { pg, statement } from '../database/sql';
import { openSafetyAlertCount } from '../safety/safety.queries';

/** Open exercise to-dos of couple `c` past their due date (one per partner who owes it), and of those overdue by more than $3 days. */
const EXERCISES_OF_COUPLE = `(
  SELECT count(*)::int AS overdue,
         count(*) FILTER (WHERE open.due_at < now() - make_interval(days => $3))::int AS well_overdue
    FROM (${OPEN_TODOS}) open WHERE open.couple_id = c.id AND open.due_at < now())`;

/**
 * Every active couple on the caseload of counselor $1 (the policy's rule: their care teams) with
 * the facts the caseload reads, optionally narrowed by a search $2 (already LIKE-escaped) on the
 * couple's or a partner's name; $3 is the grace in days before an overdue to-do counts as well
 * overdue. Scores come from the progress reader, for the current episode of these couples. Each
 * couple's current episode `ep`, exercise submissions `sub`, check-ins `ck` and overdue exercises
 * `ex` are read once, from the fragments of the modules that own them.
 */
export const CASELOAD_COUPLES = `SELECT c.id, c.name, c.in_care_since AS "inCareSince",
              ${isPrimaryCounselorOf('$1')} AS "isPrimaryCounselor",
              ${PARTNERS_OF_COUPLE} AS partners, sub.to_review AS "toReviewCount",
              ex.overdue AS "overdueCount", ck.overdue AS "overdueCheckinCount",
              ex.well_overdue + ck.well_overdue AS "wellOverdueCount",
              greatest(sub.last_at, ck.last_at) AS "lastActivityAt",
              ep.id AS "episodeId", ep.number AS "episodeNumber", ep.started_at AS "episodeStartedAt",
              ${straightLinedOf('c.id', 'ep')} AS "straightLined", ${openSafetyAlertCount('c.id')} AS "openSafetyAlerts"
         ${fromCouples('c')}
         LEFT JOIN LATERAL ${currentEpisodeOf('c.id')} ep ON true
        CROSS JOIN LATERAL ${submissionSummaryOf('c.id')} sub
        CROSS JOIN LATERAL ${checkinSummaryOf('c.id', '$3')} ck
        CROSS JOIN LATERAL ${EXERCISES_OF_COUPLE} ex
        WHERE ${onCaseloadOf('c.id', '$1::uuid')} AND ${inCare('c')}
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
