import { joinCoupleInCare, joinPartnersNow } from '../couples/membership.queries';
import { pg } from '../database/sql';
import { versionModeLateral } from '../exercises/exercises.queries';
import type { ProgressStatus } from './models/assignment.model';

/*
 * SQL shared by the counselor's and the client's views of assignments, and by the modules that
 * read assignments in their own statements (reminders, notifications, the caseload, trends,
 * clinic reports). Aliases: `o` an occurrence, `a` its assignment, `v` the given exercise
 * version, `s` the submission that counts for partner `p` (theirs, or the couple's when the
 * exercise is joint).
 */

/** Occurrences `o` with their assignment `a`, for reads whose rows are occurrences. */
export const FROM_OCCURRENCES = `FROM assignment_occurrence o
    JOIN assignment a ON a.id = o.assignment_id`;

/** Joins as `o` the occurrence whose id is SQL expression `occurrenceId`, and its assignment `a`. */
export const joinOccurrence = (occurrenceId: string) =>
  `JOIN assignment_occurrence o ON o.id = ${occurrenceId}
    JOIN assignment a ON a.id = o.assignment_id`;

/** Submissions `s` with the occurrence `o` they answer and its assignment `a`. */
export const FROM_SUBMISSIONS = `FROM submission s
    JOIN assignment_occurrence o ON o.id = s.occurrence_id
    JOIN assignment a ON a.id = o.assignment_id`;

/**
 * Submission `s` is partner `p`'s submitted answers to occurrence `o` (or the couple's, when
 * version `v` is joint).
 */
export const SUBMITTED_FOR_PARTNER = `s.occurrence_id = o.id AND s.status = 'SUBMITTED'
  AND (s.client_id = p.client_id OR (v.mode = 'JOINT' AND s.client_id IS NULL))`;

/** Left-joins as `s` what partner `p` submitted for occurrence `o` (see SUBMITTED_FOR_PARTNER). */
export const LEFT_JOIN_SUBMITTED_FOR_PARTNER = `LEFT JOIN submission s ON ${SUBMITTED_FOR_PARTNER}`;

/** The submission of partner `p.client_id` for occurrence `o`. */
export const SUBMISSION_OF_PARTNER = `s.occurrence_id = o.id AND
  CASE WHEN v.mode = 'JOINT' THEN s.client_id IS NULL ELSE s.client_id = p.client_id END`;

/** A partner's progress on occurrence `o`, from submission `s`. */
export const PROGRESS_STATUS = `CASE WHEN s.status = 'SUBMITTED' THEN 'SUBMITTED'
  WHEN o.closed_at IS NOT NULL THEN 'CLOSED'
  WHEN o.due_at < now() THEN 'OVERDUE'
  WHEN s.id IS NOT NULL THEN 'DRAFT'
  ELSE 'NOT_STARTED' END`;

/** The declared type of PROGRESS_STATUS: text that is always one of ProgressStatus's words. */
export const PROGRESS_STATUS_TYPE = pg.enum<ProgressStatus>('text');

/** The number of counselors' comments on submission `s`. */
export const COMMENT_COUNT = `(SELECT count(*)::int FROM submission_comment c WHERE c.submission_id = s.id)`;

/**
 * Each open to-do: an occurrence, and a partner it is for who has not submitted it. The
 * version's mode is looked up per assignment (see `versionModeLateral`).
 */
export const OPEN_TODOS = `
  SELECT o.id AS occurrence_id, o.clinic_id, a.couple_id, p.client_id, o.due_at
    FROM assignment_occurrence o
    JOIN assignment a ON a.id = o.assignment_id AND a.cancelled_at IS NULL
   CROSS JOIN LATERAL ${versionModeLateral('a.exercise_version_id')}
    ${joinCoupleInCare('c', 'a.couple_id')}
    ${joinPartnersNow('p', 'a.couple_id', 'a.client_id IS NULL OR a.client_id = p.client_id')}
   WHERE o.closed_at IS NULL
     AND NOT EXISTS (SELECT 1 FROM submission s WHERE ${SUBMITTED_FOR_PARTNER})`;

/**
 * Couple `couple`'s (SQL) exercise submissions read once, as a one-row sub-select: answers
 * submitted that no one has commented on yet (`to_review`) and the latest draft or submission
 * (`last_at`).
 */
export const submissionSummaryOf = (couple: string) => `(
  SELECT count(*) FILTER (WHERE s.status = 'SUBMITTED' AND NOT EXISTS (
           SELECT 1 FROM submission_comment sc WHERE sc.submission_id = s.id))::int AS to_review,
         max(s.updated_at) AS last_at
    FROM assignment a
    JOIN assignment_occurrence o ON o.assignment_id = a.id
    JOIN submission s ON s.occurrence_id = o.id
   WHERE a.couple_id = ${couple})`;
