import { OCCURRENCE_OPENED } from './occurrence-opened';
import {
  COMMENT_COUNT,
  EXERCISE_JSON,
  PROGRESS_STATUS,
  SUBMISSION_OF_PARTNER,
} from './progress-sql';

export enum TodoList {
  OPEN = 'OPEN',
  DONE = 'DONE',
}

/** The signed-in client's to-dos: occurrences given to them that can be answered by now. */
export const MY_TODOS = `
    FROM assignment_occurrence o
    JOIN assignment a ON a.id = o.assignment_id
    JOIN exercise_version v ON v.id = a.exercise_version_id
    JOIN exercise e ON e.id = v.exercise_id
    JOIN couple_partner p ON p.couple_id = a.couple_id AND p.client_id = $1 AND p.left_at IS NULL
    LEFT JOIN submission s ON ${SUBMISSION_OF_PARTNER}
    LEFT JOIN couple_partner other ON other.couple_id = a.couple_id AND other.client_id <> $1
                                   AND a.client_id IS NULL AND v.mode = 'INDIVIDUAL'
    LEFT JOIN submission ps ON ps.occurrence_id = o.id AND ps.client_id = other.client_id
   WHERE (a.client_id IS NULL OR a.client_id = $1) AND ${OCCURRENCE_OPENED}`;

export const TODO_COLUMNS = `o.id, a.id AS "assignmentId", ${EXERCISE_JSON} AS exercise, a.note, o.due_at AS "dueAt",
  o.closed_at AS "closedAt", ${PROGRESS_STATUS} AS status, s.submitted_at AS "submittedAt",
  CASE WHEN other.client_id IS NULL THEN NULL
       WHEN ps.status = 'SUBMITTED' THEN 'SUBMITTED' WHEN o.closed_at IS NOT NULL THEN 'CLOSED'
       WHEN o.due_at < now() THEN 'OVERDUE' WHEN ps.id IS NOT NULL THEN 'DRAFT' ELSE 'NOT_STARTED' END
    AS "partnerStatus",
  coalesce(${COMMENT_COUNT}, 0) AS "commentCount", s.id AS "mineId", ps.id AS "partnersId",
  ps.status AS "partnersSubmission", ps.sharing AS "partnersSharing", other.client_id AS "partnerId",
  (SELECT display_name FROM app_user WHERE id = other.client_id) AS "partnerName"`;

const LISTS: Record<TodoList, { where: string; order: string }> = {
  [TodoList.OPEN]: {
    where: `s.status IS DISTINCT FROM 'SUBMITTED' AND o.closed_at IS NULL`,
    order: 'o.due_at, o.id',
  },
  [TodoList.DONE]: { where: `s.status = 'SUBMITTED'`, order: 's.submitted_at DESC, o.id' },
};

/** The two statements of a page of a list: $1 the client, $2 the limit, $3 the offset. */
export function todoListSql(list: TodoList): { items: string; total: string } {
  const { where, order } = LISTS[list];
  return {
    items: `SELECT ${TODO_COLUMNS} ${MY_TODOS} AND ${where} ORDER BY ${order} LIMIT $2 OFFSET $3`,
    total: `SELECT count(*)::int AS total ${MY_TODOS} AND ${where}`,
  };
}
