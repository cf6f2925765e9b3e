import type { ExerciseMode, Prompt } from '@tandem/shared';
import { USER_ROLE } from '../accounts/accounts.queries';
import { CHECKIN_OPENED } from '../assessments/checkins.queries';
import { OCCURRENCE_OPENED } from '../assignments/occurrence-opened';
import { pg, statement } from '../database/sql';

/** Partners of the couple in column `couple`, as an array of ids. */
const partnerIds = (couple: string) =>
  `coalesce((SELECT array_agg(p.client_id ORDER BY p.client_id) FROM couple_partner p
              WHERE p.couple_id = ${couple}), '{}')`;
const PARTNER_IDS = partnerIds('a.couple_id');

/**
 * Whether counselor `counselor` is on the care team of couple `couple` (SQL), or `bypassed`:
 * the test-only switch that leaves the clinic wall alone to keep clinics apart.
 */
const onCareTeam = (couple: string, counselor: string, bypassed: string) =>
  `(${bypassed} OR EXISTS (SELECT 1 FROM care_team_member t WHERE t.couple_id = ${couple} AND t.counselor_id = ${counselor}))`;

/**
 * Whether couple `couple` is on the caseload of counselor `counselor` (SQL): on their care
 * team. The caseload is that list by definition (not a check the test bypass switches off).
 */
export const onCaseloadOf = (couple: string, counselor: string) =>
  onCareTeam(couple, counselor, 'false');

/** Placeholders of the actor in a statement: its role, its user id, and the test bypass. */
export interface ReachPlaceholders {
  role: string;
  userId: string;
  bypassed: string;
}

/**
 * Whether the actor reaches couple `couple` (SQL): an admin any of their clinic, a counselor
 * those on their care team, a client their own. Statements that list couples put this in their
 * WHERE clause with the actor's values from `AccessPolicy.reach()`.
 */
export const coupleInReach = (couple: string, actor: ReachPlaceholders) =>
  `(${actor.bypassed}::boolean OR ${actor.role}::user_role = 'ADMIN'
    OR (${actor.role}::user_role = 'COUNSELOR' AND ${onCareTeam(couple, `${actor.userId}::uuid`, 'false')})
    OR (${actor.role}::user_role = 'CLIENT' AND EXISTS (
          SELECT 1 FROM couple_partner p
           WHERE p.couple_id = ${couple} AND p.client_id = ${actor.userId}::uuid AND p.left_at IS NULL)))`;

const IN_REACH = { role: '$2', userId: '$3', bypassed: '$4' };
const REACH_PARAMS = [pg.uuid, USER_ROLE, pg.uuid, pg.bool] as const;
const CARE_TEAM_PARAMS = [pg.uuid, pg.uuid, pg.bool] as const;
const CLIENT_IDS = pg.uuidArray;

export const coupleInReachOfActor = statement({
  name: 'access.coupleInReach',
  text: `SELECT c.id, ${partnerIds('c.id')} AS "clientIds", c.status = 'ACTIVE' AS "inCare"
           FROM couple c
          WHERE c.id = $1 AND ${coupleInReach('c.id', IN_REACH)}`,
  params: REACH_PARAMS,
  row: { id: pg.uuid, clientIds: CLIENT_IDS, inCare: pg.bool },
});

export const scheduleInReach = statement({
  name: 'access.checkinScheduleInReach',
  text: `SELECT s.id, s.couple_id AS "coupleId", s.cancelled_at IS NOT NULL AS cancelled,
                ${partnerIds('s.couple_id')} AS "clientIds"
           FROM checkin_schedule s
          WHERE s.id = $1 AND ${coupleInReach('s.couple_id', IN_REACH)}`,
  params: REACH_PARAMS,
  row: { id: pg.uuid, coupleId: pg.uuid, cancelled: pg.bool, clientIds: CLIENT_IDS },
});

export const careTeamCouple = statement({
  name: 'access.careTeamCouple',
  text: `SELECT c.id, ${partnerIds('c.id')} AS "clientIds", c.status = 'ACTIVE' AS "inCare"
           FROM couple c
          WHERE c.id = $1 AND ${onCareTeam('c.id', '$2', '$3')}`,
  params: CARE_TEAM_PARAMS,
  row: { id: pg.uuid, clientIds: CLIENT_IDS, inCare: pg.bool },
});

export const careTeamNote = statement({
  name: 'access.careTeamNote',
  text: `SELECT n.id, n.couple_id AS "coupleId", n.current_version AS version,
                n.retracted_at IS NOT NULL AS retracted, ${partnerIds('n.couple_id')} AS "clientIds"
           FROM session_note n
          WHERE n.id = $1 AND ${onCareTeam('n.couple_id', '$2', '$3')}`,
  params: CARE_TEAM_PARAMS,
  row: {
    id: pg.uuid,
    coupleId: pg.uuid,
    version: pg.int4,
    retracted: pg.bool,
    clientIds: CLIENT_IDS,
  },
});

export const careTeamSafetyAlert = statement({
  name: 'access.careTeamSafetyAlert',
  text: `SELECT a.id, a.couple_id AS "coupleId", a.resolved_at IS NOT NULL AS resolved,
                ${partnerIds('a.couple_id')} AS "clientIds"
           FROM safety_alert a
          WHERE a.id = $1 AND ${onCareTeam('a.couple_id', '$2', '$3')}`,
  params: CARE_TEAM_PARAMS,
  row: { id: pg.uuid, coupleId: pg.uuid, resolved: pg.bool, clientIds: CLIENT_IDS },
});

export const caseloadCoupleIds = statement({
  name: 'access.caseloadCoupleIds',
  text: `SELECT t.couple_id AS "coupleId" FROM care_team_member t JOIN couple c ON c.id = t.couple_id
          WHERE t.counselor_id = $1 AND c.status = 'ACTIVE'`,
  params: [pg.uuid],
  row: { coupleId: pg.uuid },
});

export const accountOfClinic = statement({
  name: 'access.accountOfClinic',
  text: 'SELECT id, role FROM app_user WHERE id = $1',
  params: [pg.uuid],
  row: { id: pg.uuid, role: USER_ROLE },
});

export const todoOfClient = statement({
  name: 'access.todoOfClient',
  text: `SELECT o.id, a.id AS "assignmentId", a.couple_id AS "coupleId", v.mode, v.prompts,
                o.closed_at IS NOT NULL AS closed, ${OCCURRENCE_OPENED} AS opened,
                CASE WHEN a.client_id IS NULL AND v.mode = 'INDIVIDUAL' THEN
                  (SELECT other.client_id FROM couple_partner other
                    WHERE other.couple_id = a.couple_id AND other.client_id <> $2 LIMIT 1) END AS "partnerId",
                ${PARTNER_IDS} AS "clientIds"
           FROM assignment_occurrence o
           JOIN assignment a ON a.id = o.assignment_id
           JOIN exercise_version v ON v.id = a.exercise_version_id
          WHERE o.id = $1
            AND ($3 OR (EXISTS (SELECT 1 FROM couple_partner me WHERE me.couple_id = a.couple_id
                                  AND me.client_id = $2 AND me.left_at IS NULL)
                        AND (a.client_id IS NULL OR a.client_id = $2)))`,
  params: CARE_TEAM_PARAMS,
  row: {
    id: pg.uuid,
    assignmentId: pg.uuid,
    coupleId: pg.uuid,
    mode: pg.enum<ExerciseMode>('exercise_mode'),
    prompts: pg.jsonb<Prompt[]>(),
    closed: pg.bool,
    opened: pg.bool,
    partnerId: pg.uuid.orNull,
    clientIds: CLIENT_IDS,
  },
});

/** Its clients are those whose answers it holds: the author, or both partners if joint. */
export const careTeamSubmission = statement({
  name: 'access.careTeamSubmission',
  text: `SELECT s.id, s.occurrence_id AS "occurrenceId", a.couple_id AS "coupleId",
                s.client_id AS "clientId",
                CASE WHEN s.client_id IS NULL THEN ${PARTNER_IDS} ELSE ARRAY[s.client_id] END AS "clientIds"
           FROM submission s
           JOIN assignment_occurrence o ON o.id = s.occurrence_id
           JOIN assignment a ON a.id = o.assignment_id
          WHERE s.id = $1 AND s.status = 'SUBMITTED'
            AND ${onCareTeam('a.couple_id', '$2', '$3')}`,
  params: CARE_TEAM_PARAMS,
  row: {
    id: pg.uuid,
    occurrenceId: pg.uuid,
    coupleId: pg.uuid,
    clientId: pg.uuid.orNull,
    clientIds: CLIENT_IDS,
  },
});

export const careTeamAssignment = statement({
  name: 'access.careTeamAssignment',
  text: `SELECT a.id, a.couple_id AS "coupleId", a.cancelled_at IS NOT NULL AS cancelled,
                ${PARTNER_IDS} AS "clientIds"
           FROM assignment a
          WHERE a.id = $1 AND ${onCareTeam('a.couple_id', '$2', '$3')}`,
  params: CARE_TEAM_PARAMS,
  row: { id: pg.uuid, coupleId: pg.uuid, cancelled: pg.bool, clientIds: CLIENT_IDS },
});

export const checkinOfClient = statement({
  name: 'access.checkinOfClient',
  text: `SELECT k.id, k.couple_id AS "coupleId", ARRAY[k.client_id] AS "clientIds"
           FROM checkin k
          WHERE k.id = $1 AND k.client_id = $2 AND ${CHECKIN_OPENED}`,
  params: [pg.uuid, pg.uuid],
  row: { id: pg.uuid, coupleId: pg.uuid, clientIds: CLIENT_IDS },
});

export const coupleOfClient = statement({
  name: 'access.coupleOfClient',
  text: `SELECT c.id, c.share_scores AS "shareScores",
                array_agg(p.client_id ORDER BY p.client_id) AS "clientIds"
           FROM couple_partner me JOIN couple c ON c.id = me.couple_id
           JOIN couple_partner p ON p.couple_id = c.id AND p.left_at IS NULL
          WHERE me.client_id = $1 AND me.left_at IS NULL
          GROUP BY c.id`,
  params: [pg.uuid],
  row: { id: pg.uuid, shareScores: pg.bool, clientIds: CLIENT_IDS },
});
