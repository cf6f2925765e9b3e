import type { Answer } from '@tandem/shared';
import { displayNameOf, joinAccount, leftJoinAccount } from '../accounts/accounts.queries';
import { pg, statement } from '../database/sql';
import {
  EXERCISE_COLUMNS,
  EXERCISE_JSON,
  EXERCISE_JSON_TYPE,
  EXERCISE_ROW,
  exerciseTitleOf,
  JOIN_EXERCISE_OF_VERSION,
  joinExerciseVersion,
} from '../exercises/exercises.queries';
import { joinPartners } from '../couples/membership.queries';
import { Recurrence } from './assignment.entity';
import {
  COMMENT_COUNT,
  FROM_OCCURRENCES,
  FROM_SUBMISSIONS,
  PROGRESS_STATUS,
  PROGRESS_STATUS_TYPE,
  SUBMISSION_OF_PARTNER,
} from './progress.queries';
import type { Sharing, SubmissionStatus } from './submission.entity';

const RECURRENCE = pg.enum<Recurrence>('recurrence');

/** An assignment `a` with the exercise version it gives and who gave it. */
const ASSIGNMENTS = `
  SELECT a.id, a.couple_id AS "coupleId", a.client_id AS "clientId", a.note, a.recurrence,
         a.created_at AS "createdAt", a.cancelled_at AS "cancelledAt",
         giver.display_name AS "assignedByName", ${EXERCISE_JSON} AS exercise
    FROM assignment a
    ${joinExerciseVersion('a.exercise_version_id')}
    ${JOIN_EXERCISE_OF_VERSION}
    ${joinAccount('giver', 'a.assigned_by')}`;

const ASSIGNMENT_ROW = {
  id: pg.uuid,
  coupleId: pg.uuid,
  clientId: pg.uuid.orNull,
  note: pg.varchar.orNull,
  recurrence: RECURRENCE,
  createdAt: pg.timestamptz,
  cancelledAt: pg.timestamptz.orNull,
  assignedByName: pg.varchar,
  exercise: EXERCISE_JSON_TYPE,
} as const;

/** Couple $1's assignments, cancelled ones too when $2, newest first; $3 limit, $4 offset. */
export const assignmentsOfCouple = statement({
  name: 'assignments.ofCouple',
  text: `${ASSIGNMENTS}
          WHERE a.couple_id = $1 AND ($2::boolean OR a.cancelled_at IS NULL)
          ORDER BY a.created_at DESC, a.id LIMIT $3::int OFFSET $4::int`,
  params: [pg.uuid, pg.bool, pg.int4, pg.int4],
  row: ASSIGNMENT_ROW,
});

export const assignmentCountOfCouple = statement({
  name: 'assignments.countOfCouple',
  text: `SELECT count(*)::int AS total FROM assignment a
          WHERE a.couple_id = $1 AND ($2::boolean OR a.cancelled_at IS NULL)`,
  params: [pg.uuid, pg.bool],
  row: { total: pg.int4 },
});

export const assignmentById = statement({
  name: 'assignments.byId',
  text: `${ASSIGNMENTS} WHERE a.id = $1`,
  params: [pg.uuid],
  row: ASSIGNMENT_ROW,
});

/** Every partner's progress on each occurrence of assignments $1, in order. */
export const progressOfAssignments = statement({
  name: 'assignments.progress',
  text: `SELECT o.id AS "occurrenceId", o.assignment_id AS "assignmentId", o.sequence, o.due_at AS "dueAt",
                o.closed_at AS "closedAt", p.client_id AS "clientId", partner.display_name AS "displayName",
                ${PROGRESS_STATUS} AS status,
                CASE WHEN s.status = 'SUBMITTED' THEN s.id END AS "submissionId",
                s.submitted_at AS "submittedAt", coalesce(${COMMENT_COUNT}, 0) AS "commentCount"
           ${FROM_OCCURRENCES}
           ${joinExerciseVersion('a.exercise_version_id')}
           ${joinPartners('p', 'a.couple_id', 'a.client_id IS NULL OR a.client_id = p.client_id')}
           ${joinAccount('partner', 'p.client_id')}
           LEFT JOIN submission s ON ${SUBMISSION_OF_PARTNER}
          WHERE o.assignment_id = ANY($1::uuid[])
          ORDER BY o.sequence, partner.display_name`,
  params: [pg.uuidArray],
  row: {
    occurrenceId: pg.uuid,
    assignmentId: pg.uuid,
    sequence: pg.int4,
    dueAt: pg.timestamptz,
    closedAt: pg.timestamptz.orNull,
    clientId: pg.uuid,
    displayName: pg.varchar,
    status: PROGRESS_STATUS_TYPE,
    submissionId: pg.uuid.orNull,
    submittedAt: pg.timestamptz.orNull,
    commentCount: pg.int4,
  },
});

/** $1 clinic, $2 couple, $3 exercise version, $4 client (null: both), $5 giver, $6 note. */
export const insertAssignment = statement({
  name: 'assignments.insert',
  text: `INSERT INTO assignment (clinic_id, couple_id, exercise_version_id, client_id, assigned_by, note, recurrence)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
  params: [pg.uuid, pg.uuid, pg.uuid, pg.uuid.orNull, pg.uuid, pg.varchar.orNull, RECURRENCE],
  row: { id: pg.uuid },
});

/** An occurrence of assignment $2 (clinic $1) due at each of $3, numbered from 1. */
export const insertOccurrences = statement({
  name: 'assignments.insertOccurrences',
  text: `INSERT INTO assignment_occurrence (clinic_id, assignment_id, sequence, due_at)
         SELECT $1, $2, d.sequence, d.due_at
           FROM unnest($3::timestamptz[]) WITH ORDINALITY AS d(due_at, sequence)
          ORDER BY d.sequence RETURNING id`,
  params: [pg.uuid, pg.uuid, pg.timestamptzArray],
  row: { id: pg.uuid },
});

export const cancelAssignment = statement({
  name: 'assignments.cancel',
  text: 'UPDATE assignment SET cancelled_at = now() WHERE id = $1',
  params: [pg.uuid],
});

export const closeOpenOccurrences = statement({
  name: 'assignments.closeOpenOccurrences',
  text: `UPDATE assignment_occurrence SET closed_at = now()
          WHERE assignment_id = $1 AND closed_at IS NULL`,
  params: [pg.uuid],
});

/** $1 clinic, $2 submission, $3 the counselor writing, $4 the comment. */
export const insertComment = statement({
  name: 'assignments.insertComment',
  text: `INSERT INTO submission_comment (clinic_id, submission_id, author_id, body) VALUES ($1, $2, $3, $4)
         RETURNING id, body, created_at AS "createdAt", ${displayNameOf('$3')} AS "authorName"`,
  params: [pg.uuid, pg.uuid, pg.uuid, pg.varchar],
  row: { id: pg.uuid, body: pg.varchar, createdAt: pg.timestamptz, authorName: pg.varchar },
});

export const submissionsByIds = statement({
  name: 'assignments.submissionsByIds',
  text: `SELECT s.id, s.client_id AS "clientId", author.display_name AS "authorName", s.status, s.sharing,
                s.answers, s.updated_at AS "updatedAt", s.submitted_at AS "submittedAt"
           FROM submission s ${leftJoinAccount('author', 's.client_id')}
          WHERE s.id = ANY($1::uuid[])`,
  params: [pg.uuidArray],
  row: {
    id: pg.uuid,
    clientId: pg.uuid.orNull,
    authorName: pg.varchar.orNull,
    status: pg.enum<SubmissionStatus>('submission_status'),
    sharing: pg.enum<Sharing>('submission_sharing'),
    answers: pg.jsonb<Answer[]>(),
    updatedAt: pg.timestamptz,
    submittedAt: pg.timestamptz.orNull,
  },
});

export const commentsOfSubmissions = statement({
  name: 'assignments.commentsOfSubmissions',
  text: `SELECT c.id, c.submission_id AS "submissionId", author.display_name AS "authorName", c.body,
                c.created_at AS "createdAt"
           FROM submission_comment c ${joinAccount('author', 'c.author_id')}
          WHERE c.submission_id = ANY($1::uuid[])
          ORDER BY c.created_at, c.id`,
  params: [pg.uuidArray],
  row: {
    id: pg.uuid,
    submissionId: pg.uuid,
    authorName: pg.varchar,
    body: pg.varchar,
    createdAt: pg.timestamptz,
  },
});

/** The exercise version submission $1 answered (the one given, whatever came after). */
export const exerciseOfSubmission = statement({
  name: 'assignments.exerciseOfSubmission',
  text: `SELECT ${EXERCISE_COLUMNS}
           ${FROM_SUBMISSIONS}
           ${joinExerciseVersion('a.exercise_version_id')}
           ${JOIN_EXERCISE_OF_VERSION}
          WHERE s.id = $1`,
  params: [pg.uuid],
  row: EXERCISE_ROW,
});

/*
 * For the notes module: what a note links to, and the timeline of a couple.
 */

/** How many of the assignments with ids in SQL expression `ids` are couple `couple`'s (int4). */
export const assignmentsOfCoupleAmong = (couple: string, ids: string) =>
  `(SELECT count(*)::int FROM assignment counted WHERE counted.id = ANY(${ids}) AND counted.couple_id = ${couple})`;

/**
 * The assignments with ids in SQL expression `ids` as links (columns kind 'ASSIGNMENT', id,
 * title, "personName" the client it was given to or null for both, at).
 */
export const assignmentLinks = (ids: string) => `
  SELECT 'ASSIGNMENT' AS kind, a.id, ${exerciseTitleOf('a.exercise_version_id')} AS title,
         ${displayNameOf('a.client_id')} AS "personName", a.created_at AS at
    FROM assignment a
   WHERE a.id = ANY(${ids})`;

/**
 * Couple `couple`'s assignments (when given) and submitted answers (when submitted) as timeline
 * entries: columns kind ('ASSIGNMENT' or 'SUBMISSION'), id, at.
 */
export const assignmentEntriesOfCouple = (couple: string) => `
  SELECT 'ASSIGNMENT' AS kind, a.id, a.created_at AS at FROM assignment a WHERE a.couple_id = ${couple}
  UNION ALL
  SELECT 'SUBMISSION', s.id, s.submitted_at
    FROM assignment a
    JOIN assignment_occurrence o ON o.assignment_id = a.id
    JOIN submission s ON s.occurrence_id = o.id AND s.status = 'SUBMITTED'
   WHERE a.couple_id = ${couple}`;

/**
 * Left-joins as `given` the details of timeline entry `entry` (columns kind, id) when it is an
 * assignment: title, "forName" (the client it was given to, null for both), "givenByName",
 * cancelled.
 */
export const leftJoinGivenEntry = (entry: string) => `
  LEFT JOIN LATERAL (
    SELECT ${exerciseTitleOf('a.exercise_version_id')} AS title,
           ${displayNameOf('a.client_id')} AS "forName",
           ${displayNameOf('a.assigned_by')} AS "givenByName",
           a.cancelled_at IS NOT NULL AS cancelled
      FROM assignment a
     WHERE ${entry}.kind = 'ASSIGNMENT' AND a.id = ${entry}.id) given ON true`;

/**
 * Left-joins as `answered` the details of timeline entry `entry` when it is submitted answers:
 * title (of the exercise version answered), "authorName" (null for a joint exercise).
 */
export const leftJoinAnsweredEntry = (entry: string) => `
  LEFT JOIN LATERAL (
    SELECT ${exerciseTitleOf('a.exercise_version_id')} AS title,
           ${displayNameOf('s.client_id')} AS "authorName"
      ${FROM_SUBMISSIONS}
     WHERE ${entry}.kind = 'SUBMISSION' AND s.id = ${entry}.id) answered ON true`;
