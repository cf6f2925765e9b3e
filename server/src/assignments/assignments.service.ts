import { Injectable } from '@nestjs/common';
import { ExerciseMode } from '@tandem/shared';
import { AccessPolicy } from '../access/access-policy';
import { PageArgs } from '../common/page.args';
import { RequestContext } from '../context/request-context';
import { Sql } from '../database/sql';
import { exerciseFromJson, givableVersion } from '../exercises/exercises.queries';
import { badUserInput, conflict, notFound } from '../graphql/errors';
import { ActivityKind } from '../live/activity-event';
import { PgPubSub } from '../live/pg-pubsub';
import { NotificationKind } from '../notifications/notification.entity';
import { NotificationsService } from '../notifications/notifications.service';
import * as queries from './assignments.queries';
import { AssignExerciseInput } from './dto/assignment.inputs';
import { dueDates } from './due-dates';
import { AssignmentModel, AssignmentPageModel, OccurrenceModel } from './models/assignment.model';
import { CommentModel, SubmissionModel } from './models/submission.model';
import { SubmissionReader } from './submission-reader';

type AssignmentRow = NonNullable<typeof queries.assignmentById.types>['row'];

/** The counselor's side of exercises: giving them, following them, commenting on answers. */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly context: RequestContext,
    private readonly sql: Sql,
    private readonly policy: AccessPolicy,
    private readonly notifications: NotificationsService,
    private readonly live: PgPubSub,
    private readonly submissions: SubmissionReader,
  ) {}

  async assign(input: AssignExerciseInput): Promise<AssignmentModel> {
    const scope = await this.policy.couple(input.coupleId, 'assignment.create');
    if (!scope.inCare) throw conflict('This couple is discharged: reopen it to give exercises.');
    const exercise = await this.sql.maybeOne(givableVersion, [input.exerciseId]);
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
    const { id } = await this.sql.one(queries.insertAssignment, [
      actor.clinicId,
      input.coupleId,
      exercise.id,
      input.clientId ?? null,
      actor.userId,
      input.note || null,
      input.recurrence,
    ]);
    const [first] = await this.sql.rows(queries.insertOccurrences, [actor.clinicId, id, dates]);
    const recipients = input.clientId ? [input.clientId] : scope.clientIds;
    await this.notifications.notify(
      recipients.map((recipientId) => ({
        recipientId,
        kind: NotificationKind.ASSIGNED,
        occurrenceId: first!.id,
        dedupeKey: `assigned:${id}:${recipientId}`,
      })),
    );
    await this.live.publish({
      kind: ActivityKind.ASSIGNED,
      coupleId: input.coupleId,
      assignmentId: id,
    });
    this.policy.created('assignment.create', id, recipients);
    return this.one(id);
  }

  /** Closes the open occurrences; whatever was submitted stays. */
  async cancel(id: string): Promise<AssignmentModel> {
    const scope = await this.policy.assignment(id, 'assignment.cancel');
    if (scope.cancelled) throw conflict('This assignment is already cancelled.');
    await this.sql.execute(queries.cancelAssignment, [id]);
    await this.sql.execute(queries.closeOpenOccurrences, [id]);
    await this.live.publish({
      kind: ActivityKind.CANCELLED,
      coupleId: scope.coupleId,
      assignmentId: id,
    });
    return this.one(id);
  }

  /** A couple's assignments, newest first, each with every partner's progress. */
  async forCouple(
    coupleId: string,
    includeCancelled: boolean,
    { limit, offset }: PageArgs,
  ): Promise<AssignmentPageModel> {
    await this.policy.couple(coupleId, 'assignment.list');
    const rows = await this.sql.rows(queries.assignmentsOfCouple, [
      coupleId,
      includeCancelled,
      limit,
      offset,
    ]);
    const { total } = await this.sql.one(queries.assignmentCountOfCouple, [
      coupleId,
      includeCancelled,
    ]);
    return { items: await this.withOccurrences(rows), totalCount: total };
  }

  /** A submitted answer, for the care team; every read is audited (by the policy). */
  async submission(id: string): Promise<SubmissionModel> {
    await this.policy.submission(id, 'submission.read');
    return this.submissions.byId(id, { withComments: true });
  }

  async comment(submissionId: string, body: string): Promise<CommentModel> {
    const scope = await this.policy.submission(submissionId, 'submission.comment');
    const actor = this.context.requiredActor;
    const comment = await this.sql.one(queries.insertComment, [
      actor.clinicId,
      submissionId,
      actor.userId,
      body,
    ]);
    await this.notifications.notify(
      scope.clientIds.map((recipientId) => ({
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
    return comment;
  }

  private async one(id: string): Promise<AssignmentModel> {
    const row = await this.sql.one(queries.assignmentById, [id]);
    const [assignment] = await this.withOccurrences([row]);
    return assignment!;
  }

  /** The assignments with their occurrences and every partner's progress: one more statement. */
  private async withOccurrences(assignments: AssignmentRow[]): Promise<AssignmentModel[]> {
    if (assignments.length === 0) return [];
    const rows = await this.sql.rows(queries.progressOfAssignments, [
      assignments.map((assignment) => assignment.id),
    ]);
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
    return assignments.map((assignment) => ({
      ...assignment,
      exercise: exerciseFromJson(assignment.exercise),
      occurrences: [...occurrences.values()].filter((o) => o.assignmentId === assignment.id),
    }));
  }
}
