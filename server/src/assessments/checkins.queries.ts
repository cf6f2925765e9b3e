import type { ItemAnswer } from '@tandem/shared';
import { displayNameOf } from '../accounts/accounts.queries';
import type { ProgressStatus } from '../assignments/models/assignment.model';
import { TodoList } from '../assignments/todo-list';
import {
  fromPartners,
  isPartnerNow,
  joinPartnersNow,
  leftJoinPartnersNow,
} from '../couples/membership.queries';
import { pg, statement } from '../database/sql';
import type { CheckinFormKind } from './checkin-schedule.entity';

/** A check-in `k` can be answered from three days before it is due. */
export const CHECKIN_OPENED = `k.due_at - interval '3 days' <= now()`;

/** Where a partner is with check-in `k`. */
export const CHECKIN_STATUS = `CASE WHEN k.submitted_at IS NOT NULL THEN 'SUBMITTED'
  WHEN k.closed_at IS NOT NULL THEN 'CLOSED'
  WHEN k.due_at < now() THEN 'OVERDUE'
  WHEN k.updated_at IS NOT NULL THEN 'DRAFT'
  ELSE 'NOT_STARTED' END`;

const FORM = pg.enum<CheckinFormKind>('checkin_form');
/** The text CHECKIN_STATUS builds: always one of ProgressStatus's values. */
const STATUS = pg.enum<ProgressStatus>('text');

const SCHEDULE_COLUMNS = `s.id, s.form, s.every_weeks AS "everyWeeks", s.created_at AS "createdAt",
  s.cancelled_at AS "cancelledAt",
  (SELECT min(k.due_at) FROM checkin k WHERE k.schedule_id = s.id AND k.due_at > now() AND k.closed_at IS NULL
                                                           AND k.submitted_at IS NULL) AS "nextDueAt",
  (SELECT count(*)::int FROM checkin k WHERE k.schedule_id = s.id AND k.submitted_at IS NOT NULL) AS "takenCount"`;

const SCHEDULE_ROW = {
  id: pg.uuid,
  form: FORM,
  everyWeeks: pg.int2,
  createdAt: pg.timestamptz,
  cancelledAt: pg.timestamptz.orNull,
  nextDueAt: pg.timestamptz.orNull,
  takenCount: pg.int4,
} as const;

export const scheduleById = statement({
  name: 'assessments.scheduleById',
  text: `SELECT ${SCHEDULE_COLUMNS} FROM checkin_schedule s WHERE s.id = $1`,
  params: [pg.uuid],
  row: SCHEDULE_ROW,
});

/** The couple's newest 50 schedules. */
export const schedulesOfCouple = statement({
  name: 'assessments.schedulesOfCouple',
  text: `SELECT ${SCHEDULE_COLUMNS} FROM checkin_schedule s WHERE s.couple_id = $1
          ORDER BY s.created_at DESC LIMIT 50`,
  params: [pg.uuid],
  row: SCHEDULE_ROW,
});

/** $1 clinic, $2 couple, $3 form, $4 weeks apart, $5 the counselor. */
export const insertSchedule = statement({
  name: 'assessments.insertSchedule',
  text: `INSERT INTO checkin_schedule (clinic_id, couple_id, form, every_weeks, created_by)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
  params: [pg.uuid, pg.uuid, FORM, pg.int2, pg.uuid],
  row: { id: pg.uuid },
});

/**
 * One check-in per partner in the couple now and due date: $1 clinic, $2 schedule, $3 couple,
 * $4 form, $5 instrument version, $6 the due dates.
 */
export const insertCheckins = statement({
  name: 'assessments.insertCheckins',
  text: `INSERT INTO checkin (clinic_id, schedule_id, couple_id, client_id, form, instrument_version, due_at)
         SELECT $1::uuid, $2::uuid, $3::uuid, p.client_id, $4::checkin_form, $5::int2, d.due_at
           FROM unnest($6::timestamptz[]) AS d(due_at)
           ${joinPartnersNow('p', '$3')}`,
  params: [pg.uuid, pg.uuid, pg.uuid, FORM, pg.int2, pg.timestamptzArray],
});

export const cancelSchedule = statement({
  name: 'assessments.cancelSchedule',
  text: 'UPDATE checkin_schedule SET cancelled_at = now() WHERE id = $1',
  params: [pg.uuid],
});

/** Closes the schedule's check-ins nobody has submitted. */
export const closeOpenCheckins = statement({
  name: 'assessments.closeOpenCheckins',
  text: `UPDATE checkin SET closed_at = now()
          WHERE schedule_id = $1 AND submitted_at IS NULL AND closed_at IS NULL`,
  params: [pg.uuid],
});

const MY_LISTS: Record<TodoList, { where: string; order: string }> = {
  [TodoList.OPEN]: {
    where: `k.submitted_at IS NULL AND k.closed_at IS NULL AND ${CHECKIN_OPENED}`,
    order: 'k.due_at, k.id',
  },
  [TodoList.DONE]: { where: 'k.submitted_at IS NOT NULL', order: 'k.submitted_at DESC, k.id' },
};

const myCheckinsOf = (list: TodoList) => {
  const { where, order } = MY_LISTS[list];
  return {
    /** A page of the client's ($1) check-ins: $2 limit, $3 offset. */
    items: statement({
      name: `assessments.myCheckins.${list}`,
      text: `SELECT k.id, k.form, k.due_at AS "dueAt", ${CHECKIN_STATUS} AS status, k.submitted_at AS "submittedAt"
               FROM checkin k WHERE k.client_id = $1 AND ${where}
              ORDER BY ${order} LIMIT $2::int OFFSET $3::int`,
      params: [pg.uuid, pg.int4, pg.int4],
      row: {
        id: pg.uuid,
        form: FORM,
        dueAt: pg.timestamptz,
        status: STATUS,
        submittedAt: pg.timestamptz.orNull,
      },
    }),
    total: statement({
      name: `assessments.myCheckinCount.${list}`,
      text: `SELECT count(*)::int AS total FROM checkin k WHERE k.client_id = $1 AND ${where}`,
      params: [pg.uuid],
      row: { total: pg.int4 },
    }),
  };
};

/** The signed-in client's open check-ins (answerable by now) and their submitted ones. */
export const MY_CHECKINS = {
  [TodoList.OPEN]: myCheckinsOf(TodoList.OPEN),
  [TodoList.DONE]: myCheckinsOf(TodoList.DONE),
};

/** Check-in $1 of client $2, once it is open for answers. */
/** A check-in by id, once the policy has allowed it (`AccessPolicy.ownCheckin`). */
export const checkinById = statement({
  name: 'assessments.checkinById',
  text: `SELECT k.id, k.form, k.due_at AS "dueAt", ${CHECKIN_STATUS} AS status, k.submitted_at AS "submittedAt",
                k.answers, k.updated_at AS "updatedAt", k.closed_at AS "closedAt",
                k.idempotency_key AS "idempotencyKey", k.clinic_id AS "clinicId", k.couple_id AS "coupleId",
                k.client_id AS "clientId", k.instrument_version AS "instrumentVersion",
                k.straight_lined AS "straightLined"
           FROM checkin k WHERE k.id = $1`,
  params: [pg.uuid],
  row: {
    id: pg.uuid,
    form: FORM,
    dueAt: pg.timestamptz,
    status: STATUS,
    submittedAt: pg.timestamptz.orNull,
    answers: pg.jsonb<ItemAnswer[]>(),
    updatedAt: pg.timestamptz.orNull,
    closedAt: pg.timestamptz.orNull,
    idempotencyKey: pg.varchar.orNull,
    clinicId: pg.uuid,
    coupleId: pg.uuid,
    clientId: pg.uuid,
    instrumentVersion: pg.int2,
    straightLined: pg.bool,
  },
});

/** Saves the answers ($2, JSON text) of check-in $1 while it is not submitted. */
export const saveDraftAnswers = statement({
  name: 'assessments.saveDraftAnswers',
  text: `UPDATE checkin SET answers = $2::text::jsonb, updated_at = now()
          WHERE id = $1 AND submitted_at IS NULL`,
  params: [pg.uuid, pg.text],
});

/**
 * Submits check-in $1 with its answers ($2, JSON text), idempotency key $3 and whether it was
 * straight-lined ($4); no row when it was already submitted.
 */
export const submitAnswers = statement({
  name: 'assessments.submitAnswers',
  text: `UPDATE checkin SET answers = $2::text::jsonb, updated_at = now(), submitted_at = now(),
                idempotency_key = $3, straight_lined = $4
          WHERE id = $1 AND submitted_at IS NULL RETURNING submitted_at AS "submittedAt"`,
  params: [pg.uuid, pg.text, pg.varchar, pg.bool],
  // Set just above, so never null here.
  row: { submittedAt: pg.timestamptz },
});

/**
 * A check-in's scores: $1 check-in, $2 instrument version, $3 clinic, $4 couple, $5 client,
 * $6 when it was taken, $7 the scores as JSON text (`[{ form, key, score }]`).
 */
export const insertScores = statement({
  name: 'assessments.insertScores',
  text: `INSERT INTO checkin_score (checkin_id, form, key, instrument_version, clinic_id, couple_id, client_id, score, taken_at)
         SELECT $1::uuid, e.form::checkin_form, e.key::score_key, $2::int2, $3::uuid, $4::uuid, $5::uuid,
                e.score, $6::timestamptz
           FROM json_to_recordset($7::text::json) AS e(form text, key text, score numeric)`,
  params: [pg.uuid, pg.int2, pg.uuid, pg.uuid, pg.uuid, pg.timestamptz, pg.text],
});

/*
 * For other modules' statements: the caseload's facts about a couple's check-ins, and what
 * session notes link to and show on the timeline.
 */

/**
 * Couple `couple`'s (SQL) check-ins read once, as a one-row sub-select: the latest taken or
 * drafted (`last_at`), and those a partner still in the couple owes past their due date
 * (`overdue`), of which `well_overdue` by more than `graceDays` (SQL int) days.
 */
export const checkinSummaryOf = (couple: string, graceDays: string) => `(
  SELECT max(coalesce(k.submitted_at, k.updated_at)) AS last_at,
         count(*) FILTER (WHERE k.due_at < now() AND k.submitted_at IS NULL AND k.closed_at IS NULL
                            AND p.client_id IS NOT NULL)::int AS overdue,
         count(*) FILTER (WHERE k.due_at < now() - make_interval(days => ${graceDays}) AND k.submitted_at IS NULL
                            AND k.closed_at IS NULL AND p.client_id IS NOT NULL)::int AS well_overdue
    FROM checkin k
    ${leftJoinPartnersNow('p', 'k.couple_id', 'p.client_id = k.client_id')}
   WHERE k.couple_id = ${couple})`;

/**
 * Whether the latest full response of each partner of couple `couple` (SQL) now, in its
 * episode `episode` (a row with number and started_at), gave the same answer to every scored
 * item (it is then not read as codependence), as a JSON object by client.
 */
export const straightLinedOf = (couple: string, episode: string) => `(
  SELECT coalesce(json_object_agg(p.client_id, latest.straight_lined), '{}')
    ${fromPartners('p')}
   CROSS JOIN LATERAL (
         SELECT k.straight_lined FROM checkin k
          WHERE k.couple_id = ${couple} AND k.client_id = p.client_id AND k.form = 'FULL'
            AND k.submitted_at IS NOT NULL AND (${episode}.number = 1 OR k.submitted_at >= ${episode}.started_at)
          ORDER BY k.submitted_at DESC LIMIT 1) latest
   WHERE ${isPartnerNow('p', couple)})`;

/** How many of the check-ins with ids in SQL expression `ids` are couple `couple`'s (int4). */
export const checkinsOfCoupleAmong = (couple: string, ids: string) =>
  `(SELECT count(*)::int FROM checkin counted WHERE counted.id = ANY(${ids}) AND counted.couple_id = ${couple})`;

/**
 * The check-ins with ids in SQL expression `ids` as links (columns kind 'CHECKIN', id, title,
 * "personName" the client who answers it, at: when it was submitted, or is due).
 */
export const checkinLinks = (ids: string) => `
  SELECT 'CHECKIN' AS kind, c.id,
         CASE c.form WHEN 'FULL' THEN 'Full check-in' ELSE 'Pulse check-in' END AS title,
         ${displayNameOf('c.client_id')} AS "personName", coalesce(c.submitted_at, c.due_at) AS at
    FROM checkin c
   WHERE c.id = ANY(${ids})`;

/** Couple `couple`'s submitted check-ins as timeline entries: columns kind ('CHECKIN'), id, at. */
export const checkinEntriesOfCouple = (couple: string) => `
  SELECT 'CHECKIN' AS kind, c.id, c.submitted_at AS at FROM checkin c
   WHERE c.couple_id = ${couple} AND c.submitted_at IS NOT NULL`;

/**
 * Left-joins as `c` the check-in of timeline entry `entry` (columns kind, id) when it is one
 * (its client_id and form are read), and as `cs` its index score (`cs.score`).
 */
export const leftJoinCheckinEntry = (entry: string) => `
  LEFT JOIN checkin c ON ${entry}.kind = 'CHECKIN' AND c.id = ${entry}.id
  LEFT JOIN checkin_score cs ON cs.checkin_id = c.id AND cs.form = c.form AND cs.key = 'INDEX'`;
