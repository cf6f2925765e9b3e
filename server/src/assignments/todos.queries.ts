import { displayNameOf } from '../accounts/accounts.queries';
import { joinPartnersNow, leftJoinPartners } from '../couples/membership.queries';
import { pg, statement } from '../database/sql';
import {
  EXERCISE_JSON,
  EXERCISE_JSON_TYPE,
  JOIN_EXERCISE_OF_VERSION,
  joinExerciseVersion,
} from '../exercises/exercises.queries';
import { OCCURRENCE_OPENED } from './occurrence-opened';
import {
  COMMENT_COUNT,
  FROM_OCCURRENCES,
  PROGRESS_STATUS,
  PROGRESS_STATUS_TYPE,
  SUBMISSION_OF_PARTNER,
} from './progress.queries';
import type { Sharing, SubmissionStatus } from './submission.entity';
import { TodoList } from './todo-list';

const SUBMISSION_STATUS = pg.enum<SubmissionStatus>('submission_status');
const SHARING = pg.enum<Sharing>('submission_sharing');

/**
 * The signed-in client's ($1) to-dos: occurrences given to them that can be answered by now,
 * with their submission `s` and, for an individual exercise given to both, the partner `other`
 * and the partner's submission `ps`.
 */
const MY_TODOS = `
    ${FROM_OCCURRENCES}
    ${joinExerciseVersion('a.exercise_version_id')}
    ${JOIN_EXERCISE_OF_VERSION}
    ${joinPartnersNow('p', 'a.couple_id', 'p.client_id = $1')}
    LEFT JOIN submission s ON ${SUBMISSION_OF_PARTNER}
    ${leftJoinPartners('other', 'a.couple_id', "other.client_id <> $1 AND a.client_id IS NULL AND v.mode = 'INDIVIDUAL'")}
    LEFT JOIN submission ps ON ps.occurrence_id = o.id AND ps.client_id = other.client_id
   WHERE (a.client_id IS NULL OR a.client_id = $1) AND ${OCCURRENCE_OPENED}`;

const TODO_COLUMNS = `o.id, a.id AS "assignmentId", ${EXERCISE_JSON} AS exercise, a.note, o.due_at AS "dueAt",
  o.closed_at AS "closedAt", ${PROGRESS_STATUS} AS status, s.submitted_at AS "submittedAt",
  CASE WHEN other.client_id IS NULL THEN NULL
       WHEN ps.status = 'SUBMITTED' THEN 'SUBMITTED' WHEN o.closed_at IS NOT NULL THEN 'CLOSED'
       WHEN o.due_at < now() THEN 'OVERDUE' WHEN ps.id IS NOT NULL THEN 'DRAFT' ELSE 'NOT_STARTED' END
    AS "partnerStatus",
  coalesce(${COMMENT_COUNT}, 0) AS "commentCount", s.id AS "mineId", ps.id AS "partnersId",
  ps.status AS "partnersSubmission", ps.sharing AS "partnersSharing", other.client_id AS "partnerId",
  ${displayNameOf('other.client_id')} AS "partnerName"`;

const TODO_ROW = {
  id: pg.uuid,
  assignmentId: pg.uuid,
  exercise: EXERCISE_JSON_TYPE,
  note: pg.varchar.orNull,
  dueAt: pg.timestamptz,
  closedAt: pg.timestamptz.orNull,
  status: PROGRESS_STATUS_TYPE,
  submittedAt: pg.timestamptz.orNull,
  partnerStatus: PROGRESS_STATUS_TYPE.orNull,
  commentCount: pg.int4,
  /** The client's own submission (theirs, or the couple's for a joint exercise). */
  mineId: pg.uuid.orNull,
  partnersId: pg.uuid.orNull,
  partnersSubmission: SUBMISSION_STATUS.orNull,
  partnersSharing: SHARING.orNull,
  partnerId: pg.uuid.orNull,
  partnerName: pg.varchar.orNull,
} as const;

const LISTS: Record<TodoList, { where: string; order: string }> = {
  [TodoList.OPEN]: {
    where: `s.status IS DISTINCT FROM 'SUBMITTED' AND o.closed_at IS NULL`,
    order: 'o.due_at, o.id',
  },
  [TodoList.DONE]: { where: `s.status = 'SUBMITTED'`, order: 's.submitted_at DESC, o.id' },
};

const todoPage = (list: TodoList) =>
  statement({
    name: `todos.${list.toLowerCase()}Page`,
    text: `SELECT ${TODO_COLUMNS} ${MY_TODOS} AND ${LISTS[list].where}
            ORDER BY ${LISTS[list].order} LIMIT $2::int OFFSET $3::int`,
    params: [pg.uuid, pg.int4, pg.int4],
    row: TODO_ROW,
  });

const todoCount = (list: TodoList) =>
  statement({
    name: `todos.${list.toLowerCase()}Count`,
    text: `SELECT count(*)::int AS total ${MY_TODOS} AND ${LISTS[list].where}`,
    params: [pg.uuid],
    row: { total: pg.int4 },
  });

/** The two statements of a page of each list: $1 the client, $2 the limit, $3 the offset. */
export const TODO_LISTS = {
  [TodoList.OPEN]: { items: todoPage(TodoList.OPEN), total: todoCount(TodoList.OPEN) },
  [TodoList.DONE]: { items: todoPage(TodoList.DONE), total: todoCount(TodoList.DONE) },
};

/** The text of a list's two statements, for the benchmark's raw-SQL baseline. */
export function todoListSql(list: TodoList): { items: string; total: string } {
  return { items: TODO_LISTS[list].items.text, total: TODO_LISTS[list].total.text };
}

/** One to-do of client $1, occurrence $2. */
export const myTodo = statement({
  name: 'todos.mine',
  text: `SELECT ${TODO_COLUMNS} ${MY_TODOS} AND o.id = $2`,
  params: [pg.uuid, pg.uuid],
  row: TODO_ROW,
});

/**
 * Saves answers to occurrence $2 as a draft or submits them, unless they were submitted
 * already (then no row): $1 clinic, $3 author (null for a joint exercise), $4 answers (JSON
 * text), $5 status, $6 sharing (private when null), $7 idempotency key, $8 the writer.
 * `conflictTarget` is the unique index of the author's (or the couple's) submission.
 */
const upsertSubmission = (name: string, conflictTarget: string) =>
  statement({
    name,
    text: `INSERT INTO submission (clinic_id, occurrence_id, client_id, answers, status, sharing,
                                   idempotency_key, updated_by, submitted_at)
           VALUES ($1, $2, $3, $4, $5::submission_status, coalesce($6::submission_sharing, 'PRIVATE'),
                   $7, $8, CASE WHEN $5::submission_status = 'SUBMITTED' THEN now() END)
           ON CONFLICT ${conflictTarget} DO UPDATE
              SET answers = EXCLUDED.answers, status = EXCLUDED.status, sharing = EXCLUDED.sharing,
                  idempotency_key = EXCLUDED.idempotency_key, updated_by = EXCLUDED.updated_by,
                  updated_at = now(), submitted_at = EXCLUDED.submitted_at,
                  version = submission.version + 1
            WHERE submission.status = 'DRAFT'
           RETURNING id, (xmax = 0) AS inserted`,
    params: [
      pg.uuid,
      pg.uuid,
      pg.uuid.orNull,
      pg.jsonb<string>(),
      SUBMISSION_STATUS,
      SHARING.orNull,
      pg.varchar.orNull,
      pg.uuid,
    ],
    row: { id: pg.uuid, inserted: pg.bool },
  });

export const upsertOwnSubmission = upsertSubmission(
  'todos.upsertOwnSubmission',
  '(occurrence_id, client_id) WHERE client_id IS NOT NULL',
);

export const upsertJointSubmission = upsertSubmission(
  'todos.upsertJointSubmission',
  '(occurrence_id) WHERE client_id IS NULL',
);

/** The submission a submit with key $3 already made for occurrence $1 and author $2. */
export const submittedWithKey = statement({
  name: 'todos.submittedWithKey',
  text: `SELECT id FROM submission WHERE occurrence_id = $1 AND client_id IS NOT DISTINCT FROM $2::uuid
            AND status = 'SUBMITTED' AND idempotency_key = $3`,
  params: [pg.uuid, pg.uuid.orNull, pg.text],
  row: { id: pg.uuid },
});

/** Changes the sharing of client $2's own submitted answers $1; no row touched otherwise. */
export const shareSubmission = statement({
  name: 'todos.shareSubmission',
  text: `UPDATE submission SET sharing = $3
          WHERE id = $1 AND client_id = $2 AND status = 'SUBMITTED'`,
  params: [pg.uuid, pg.uuid, SHARING],
});
