import { versionModeLateral } from '../exercises/exercises.queries';
import { pg } from '../database/sql';
import type { ProgressStatus } from './models/assignment.model';

/*
 * SQL shared by the counselor's and the client's views of assignments, and by the modules that
 * count open to-dos (reminders, the caseload). Aliases: `o` an occurrence, `a` its assignment,
 * `v` the given exercise version, `s` the submission that counts for partner `p` (theirs, or
 * the couple's when the exercise is joint).
 */

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
    JOIN couple c ON c.id = a.couple_id AND c.status = 'ACTIVE'
    JOIN couple_partner p ON p.couple_id = a.couple_id AND p.left_at IS NULL
                         AND (a.client_id IS NULL OR a.client_id = p.client_id)
   WHERE o.closed_at IS NULL
     AND NOT EXISTS (SELECT 1 FROM submission s
                      WHERE s.occurrence_id = o.id AND s.status = 'SUBMITTED'
                        AND (s.client_id = p.client_id OR (v.mode = 'JOINT' AND s.client_id IS NULL)))`;
