import { Injectable } from '@nestjs/common';
import { ExerciseMode } from '@tandem/shared';
import { AccessPolicy } from '../access/access-policy';
import { AuditService } from '../audit/audit.service';
import { PageArgs } from '../common/page.args';
import { RequestContext } from '../context/request-context';
import { badUserInput, conflict, notFound } from '../graphql/errors';
import { ActivityKind } from '../live/activity-event';
import { PgPubSub } from '../live/pg-pubsub';
import { NotificationKind } from '../notifications/notification.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { AssignExerciseInput } from './dto/assignment.inputs';
import { dueDates } from './due-dates';
import {
  AssignmentModel,
  AssignmentPageModel,
  OccurrenceModel,
  PartnerProgressModel,
} from './models/assignment.model';
import { CommentModel, SubmissionModel } from './models/submission.model';
import {
  COMMENT_COUNT,
  EXERCISE_JSON,
  PROGRESS_STATUS,
  SUBMISSION_OF_PARTNER,
} from './progress-sql';
import { SubmissionReader } from './submission-reader';

type ProgressRow = PartnerProgressModel &
  Omit<OccurrenceModel, 'progress'> & { occurrenceId: string; assignmentId: string };

/** The counselor's side of exercises: giving them, following them, commenting on answers. */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly context: RequestContext,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly live: PgPubSub,
    private readonly submissions: SubmissionReader,
  ) {}

  async assign(input: AssignExerciseInput): Promise<AssignmentModel> {
    const scope = await this.policy.couple(input.coupleId, 'assignment.create');
    const manager = this.context.manager;
    const [couple] = await manager.query(`SELECT status FROM couple WHERE id = $1`, [
      input.coupleId,
    ]);
    if (couple.status !== 'ACTIVE')
      throw conflict('This couple is discharged: reopen it to give exercises.');
    const [exercise] = await manager.query(
      `SELECT v.id, v.mode FROM exercise e
         JOIN exercise_version v ON v.exercise_id = e.id AND v.version = e.current_version
        WHERE e.id = $1 AND e.archived_at IS NULL`,
      [input.exerciseId],
    );
    if (!exercise) throw notFound('exercise');
    if (input.clientId && !scope.clientIds.includes(input.clientId)) throw notFound('client');
    if (input.clientId && exercise.mode === ExerciseMode.JOINT) {
      throw badUserInput('A joint exercise is done together: give it to both partners.', {
        clientId: ['A joint exercise is for both partners.'],
      });
    }
    const dates = dueDates(input.dueAt, input.recurrence, input.repeatUntil, new Date());
    if (typeof dates === 'string') throw badUserInput(dates, { dueAt: [dates] });

    const actor = this.context.requiredActor;
    const [{ id }] = await manager.query(
      `INSERT INTO assignment (clinic_id, couple_id, exercise_version_id, client_id, assigned_by, note, recurrence)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        actor.clinicId,
        input.coupleId,
        exercise.id,
        input.clientId ?? null,
        actor.userId,
        input.note || null,
        input.recurrence,
      ],
    );
    const occurrences: Array<{ id: string }> = await manager.query(
      `INSERT INTO assignment_occurrence (clinic_id, assignment_id, sequence, due_at)
       SELECT $1, $2, d.sequence, d.due_at FROM unnest($3::timestamptz[]) WITH ORDINALITY AS d(due_at, sequence)
       ORDER BY d.sequence RETURNING id`,
      [actor.clinicId, id, dates.map((date) => date.toISOString())],
    );
    const recipients = input.clientId ? [input.clientId] : scope.clientIds;
    await this.notifications.notify(
      recipients.map((recipientId) => ({
        recipientId,
        kind: NotificationKind.ASSIGNED,
        occurrenceId: occurrences[0].id,
        dedupeKey: `assigned:${id}:${recipientId}`,
      })),
    );
    await this.live.publish({
      kind: ActivityKind.ASSIGNED,
      coupleId: input.coupleId,
      assignmentId: id,
    });
    this.audit.record({
      action: 'assignment.create',
      entityType: 'assignment',
      entityId: id,
      clientIds: recipients,
    });
    return this.one(id);
  }

  /** Closes the open occurrences; whatever was submitted stays. */
  async cancel(id: string): Promise<AssignmentModel> {
    const scope = await this.policy.assignment(id, 'assignment.cancel');
    if (scope.cancelled) throw conflict('This assignment is already cancelled.');
    const manager = this.context.manager;
    await manager.query(`UPDATE assignment SET cancelled_at = now() WHERE id = $1`, [id]);
    await manager.query(
      `UPDATE assignment_occurrence SET closed_at = now() WHERE assignment_id = $1 AND closed_at IS NULL`,
      [id],
    );
    await this.live.publish({
      kind: ActivityKind.CANCELLED,
      coupleId: scope.coupleId,
      assignmentId: id,
    });
    this.audit.record({
      action: 'assignment.cancel',
      entityType: 'assignment',
      entityId: id,
      clientIds: scope.clientIds,
    });
    return this.one(id);
  }

  /** A couple's assignments, newest first, each with every partner's progress. */
  async forCouple(
    coupleId: string,
    includeCancelled: boolean,
    { limit, offset }: PageArgs,
  ): Promise<AssignmentPageModel> {
    const scope = await this.policy.couple(coupleId, 'assignment.list');
    const manager = this.context.manager;
    const where = `a.couple_id = $1 AND ($2 OR a.cancelled_at IS NULL)`;
    const items = await this.load(`${where} ORDER BY a.created_at DESC, a.id LIMIT $3 OFFSET $4`, [
      coupleId,
      includeCancelled,
      limit,
      offset,
    ]);
    const [{ total }] = await manager.query(
      `SELECT count(*)::int AS total FROM assignment a WHERE ${where}`,
      [coupleId, includeCancelled],
    );
    this.audit.record({
      action: 'assignment.list',
      entityType: 'couple',
      entityId: coupleId,
      clientIds: scope.clientIds,
    });
    return { items, totalCount: total };
  }

  /** A submitted answer, for the care team; every read is audited. */
  async submission(id: string): Promise<SubmissionModel> {
    const scope = await this.policy.submission(id, 'submission.read');
    this.audit.record({
      action: 'submission.read',
      entityType: 'submission',
      entityId: id,
      clientIds: scope.clientId ? [scope.clientId] : scope.clientIds,
    });
    return this.submissions.byId(id, { withComments: true });
  }

  async comment(submissionId: string, body: string): Promise<CommentModel> {
    const scope = await this.policy.submission(submissionId, 'submission.comment');
    const actor = this.context.requiredActor;
    const [comment] = await this.context.manager.query(
      `INSERT INTO submission_comment (clinic_id, submission_id, author_id, body) VALUES ($1, $2, $3, $4)
       RETURNING id, body, created_at AS "createdAt",
                 (SELECT display_name FROM app_user WHERE id = $3) AS "authorName"`,
      [actor.clinicId, submissionId, actor.userId, body],
    );
    const recipients = scope.clientId ? [scope.clientId] : scope.clientIds;
    await this.notifications.notify(
      recipients.map((recipientId) => ({
        recipientId,
        kind: NotificationKind.COMMENT,
        occurrenceId: scope.occurrenceId,
        dedupeKey: `comment:${comment.id}:${recipientId}`,
      })),
    );
    await this.live.publish({
      kind: ActivityKind.COMMENTED,
      coupleId: scope.coupleId,
      clientId: scope.clientId,
    });
    this.audit.record({
      action: 'submission.comment',
      entityType: 'submission',
      entityId: submissionId,
      clientIds: recipients,
    });
    return comment;
  }

  private async one(id: string): Promise<AssignmentModel> {
    const [assignment] = await this.load('a.id = $1', [id]);
    return assignment;
  }

  /** Assignments matching `where` (on `a`) with their occurrences: two statements. */
  private async load(where: string, values: unknown[]): Promise<AssignmentModel[]> {
    const manager = this.context.manager;
    const assignments: AssignmentModel[] = await manager.query(
      `SELECT a.id, a.couple_id AS "coupleId", a.client_id AS "clientId", a.note, a.recurrence,
              a.created_at AS "createdAt", a.cancelled_at AS "cancelledAt",
              u.display_name AS "assignedByName", ${EXERCISE_JSON} AS exercise
         FROM assignment a
         JOIN exercise_version v ON v.id = a.exercise_version_id
         JOIN exercise e ON e.id = v.exercise_id
         JOIN app_user u ON u.id = a.assigned_by
        WHERE ${where}`,
      values,
    );
    if (assignments.length === 0) return [];
    const rows: ProgressRow[] = await manager.query(
      `SELECT o.id AS "occurrenceId", o.assignment_id AS "assignmentId", o.sequence, o.due_at AS "dueAt",
              o.closed_at AS "closedAt", p.client_id AS "clientId", pu.display_name AS "displayName",
              ${PROGRESS_STATUS} AS status,
              CASE WHEN s.status = 'SUBMITTED' THEN s.id END AS "submissionId",
              s.submitted_at AS "submittedAt", coalesce(${COMMENT_COUNT}, 0) AS "commentCount"
         FROM assignment_occurrence o
         JOIN assignment a ON a.id = o.assignment_id
         JOIN exercise_version v ON v.id = a.exercise_version_id
         JOIN couple_partner p ON p.couple_id = a.couple_id AND (a.client_id IS NULL OR a.client_id = p.client_id)
         JOIN app_user pu ON pu.id = p.client_id
         LEFT JOIN submission s ON ${SUBMISSION_OF_PARTNER}
        WHERE o.assignment_id = ANY($1::uuid[])
        ORDER BY o.sequence, pu.display_name`,
      [assignments.map((assignment) => assignment.id)],
    );
    const occurrences = new Map<string, OccurrenceModel & { assignmentId: string }>();
    for (const row of rows) {
      let occurrence = occurrences.get(row.occurrenceId);
      if (!occurrence) {
        occurrence = {
          id: row.occurrenceId,
          assignmentId: row.assignmentId,
          sequence: row.sequence,
          dueAt: row.dueAt,
          closedAt: row.closedAt,
          progress: [],
        };
        occurrences.set(row.occurrenceId, occurrence);
      }
      occurrence.progress.push({
        clientId: row.clientId,
        displayName: row.displayName,
        status: row.status,
        submissionId: row.submissionId,
        submittedAt: row.submittedAt,
        commentCount: row.commentCount,
      });
    }
    for (const assignment of assignments) {
      assignment.occurrences = [...occurrences.values()].filter(
        (o) => o.assignmentId === assignment.id,
      );
    }
    return assignments;
  }
}
