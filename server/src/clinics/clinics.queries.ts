import { Role } from '@tandem/shared';
import { activeAccountCount, fromAccounts } from '../accounts/accounts.queries';
import { FROM_OCCURRENCES, LEFT_JOIN_SUBMITTED_FOR_PARTNER } from '../assignments/progress.queries';
import {
  COUPLES_IN_CARE_COUNT,
  fromCouples,
  inCare,
  joinCoupleInCare,
  joinPartnersNow,
  joinPrimaryCounselor,
  ledCoupleCountOf,
} from '../couples/membership.queries';
import { pg, statement } from '../database/sql';
import { joinExerciseVersion } from '../exercises/exercises.queries';

/*
 * Reports over the clinic. Accounts, couples, assignments and exercises come through their
 * modules' fragments; the clinic's name for accounts is in clinic-name.queries.ts.
 */

/** Clinic $1 with its head counts (row-level security counts only its own rows). */
export const clinicHeadCounts = statement({
  name: 'clinics.headCounts',
  text: `SELECT json_build_object('id', c.id, 'name', c.name) AS clinic,
                ${activeAccountCount(Role.COUNSELOR)} AS "counselorCount",
                ${activeAccountCount(Role.CLIENT)} AS "clientCount",
                ${COUPLES_IN_CARE_COUNT} AS "activeCoupleCount"
           FROM clinic c WHERE c.id = $1`,
  params: [pg.uuid],
  row: {
    clinic: pg.json<{ id: string; name: string }>(),
    counselorCount: pg.int4,
    clientCount: pg.int4,
    activeCoupleCount: pg.int4,
  },
});

/**
 * What each partner owed lately (parameter $1: the window in days), with the primary counselor
 * of their couple.
 */
const OWED_LATELY = `
  SELECT t.counselor_id, o.due_at, s.submitted_at
    ${FROM_OCCURRENCES}
    ${joinExerciseVersion('a.exercise_version_id')}
    ${joinCoupleInCare('c', 'a.couple_id')}
    ${joinPrimaryCounselor('t', 'c.id')}
    ${joinPartnersNow('p', 'c.id', 'a.client_id IS NULL OR a.client_id = p.client_id')}
    ${LEFT_JOIN_SUBMITTED_FOR_PARTNER}
   WHERE o.due_at < now() AND o.due_at > now() - make_interval(days => $1) AND o.closed_at IS NULL`;

/**
 * Each active counselor with the couples in care they lead and, of what those couples' partners
 * owed in the last $1 days, how much was due and how much came in on time.
 */
export const counselorEngagement = statement({
  name: 'clinics.counselorEngagement',
  text: `WITH owed AS (${OWED_LATELY})
         SELECT u.id AS "counselorId", u.display_name AS "displayName",
                ${ledCoupleCountOf('u.id')} AS "coupleCount",
                (SELECT count(*)::int FROM owed WHERE owed.counselor_id = u.id) AS due,
                (SELECT count(*)::int FROM owed WHERE owed.counselor_id = u.id AND owed.submitted_at <= owed.due_at) AS "onTime"
           ${fromAccounts('u')} WHERE u.role = 'COUNSELOR' AND u.status = 'ACTIVE'
          ORDER BY u.display_name`,
  params: [pg.int4],
  row: {
    counselorId: pg.uuid,
    displayName: pg.varchar,
    coupleCount: pg.int4,
    due: pg.int4,
    onTime: pg.int4,
  },
});

/** Each client of an active couple, under the couple's primary counselor. */
export const clientsInCare = statement({
  name: 'clinics.clientsInCare',
  text: `SELECT t.counselor_id AS "counselorId", c.id AS "coupleId", p.client_id AS "clientId"
           ${fromCouples('c')}
           ${joinPrimaryCounselor('t', 'c.id')}
           ${joinPartnersNow('p', 'c.id')}
          WHERE ${inCare('c')}`,
  params: [],
  row: { counselorId: pg.uuid, coupleId: pg.uuid, clientId: pg.uuid },
});
