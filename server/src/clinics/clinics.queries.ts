import { Role } from '@tandem/shared';
import { activeAccountCount } from '../accounts/accounts.queries';
import { pg, statement } from '../database/sql';

/** Clinic $1 with its head counts (row-level security counts only its own rows). */
export const clinicHeadCounts = statement({
  name: 'clinics.headCounts',
  text: `SELECT json_build_object('id', c.id, 'name', c.name) AS clinic,
                ${activeAccountCount(Role.COUNSELOR)} AS "counselorCount",
                ${activeAccountCount(Role.CLIENT)} AS "clientCount",
                (SELECT count(*)::int FROM couple WHERE status = 'ACTIVE') AS "activeCoupleCount"
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
    FROM assignment_occurrence o
    JOIN assignment a ON a.id = o.assignment_id
    JOIN exercise_version v ON v.id = a.exercise_version_id
    JOIN couple c ON c.id = a.couple_id AND c.status = 'ACTIVE'
    JOIN care_team_member t ON t.couple_id = c.id AND t.is_primary
    JOIN couple_partner p ON p.couple_id = c.id AND p.left_at IS NULL
                         AND (a.client_id IS NULL OR a.client_id = p.client_id)
    LEFT JOIN submission s ON s.occurrence_id = o.id AND s.status = 'SUBMITTED'
                          AND (s.client_id = p.client_id OR (v.mode = 'JOINT' AND s.client_id IS NULL))
   WHERE o.due_at < now() AND o.due_at > now() - make_interval(days => $1) AND o.closed_at IS NULL`;

/**
 * Each active counselor with the couples in care they lead and, of what those couples' partners
 * owed in the last $1 days, how much was due and how much came in on time.
 */
export const counselorEngagement = statement({
  name: 'clinics.counselorEngagement',
  text: `WITH owed AS (${OWED_LATELY})
         SELECT u.id AS "counselorId", u.display_name AS "displayName",
                (SELECT count(*)::int FROM care_team_member t JOIN couple c ON c.id = t.couple_id
                  WHERE t.counselor_id = u.id AND t.is_primary AND c.status = 'ACTIVE') AS "coupleCount",
                (SELECT count(*)::int FROM owed WHERE owed.counselor_id = u.id) AS due,
                (SELECT count(*)::int FROM owed WHERE owed.counselor_id = u.id AND owed.submitted_at <= owed.due_at) AS "onTime"
           FROM app_user u WHERE u.role = 'COUNSELOR' AND u.status = 'ACTIVE'
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
           FROM couple c
           JOIN care_team_member t ON t.couple_id = c.id AND t.is_primary
           JOIN couple_partner p ON p.couple_id = c.id AND p.left_at IS NULL
          WHERE c.status = 'ACTIVE'`,
  params: [],
  row: { counselorId: pg.uuid, coupleId: pg.uuid, clientId: pg.uuid },
});
