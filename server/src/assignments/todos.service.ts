import { Injectable } from '@nestjs/common';
import { Answer, answerProblems, ExerciseMode } from '@tandem/shared';
import { AccessPolicy, TodoScope } from '../access/access-policy';
import type { Action } from '../access/actions';
import { rejectProblems } from '../common/input-problems';
import { PageArgs } from '../common/page.args';
import { RequestContext } from '../context/request-context';
import { Sql } from '../database/sql';
import { exerciseFromJson } from '../exercises/exercises.queries';
import { conflict, notFound } from '../graphql/errors';
import { ActivityKind } from '../live/activity-event';
import { PgPubSub } from '../live/pg-pubsub';
import { AnswerInput, SaveDraftInput, SubmitExerciseInput } from './dto/assignment.inputs';
import {
  TodoDetailModel,
  TodoModel,
  TodoPageModel,
  SubmissionModel,
} from './models/submission.model';
import { Sharing, SubmissionStatus } from './submission.entity';
import { SubmissionReader } from './submission-reader';
import { TodoList } from './todo-list';
import * as queries from './todos.queries';

type TodoRow = NonNullable<typeof queries.myTodo.types>['row'];

/** A to-do as the API gives it, with the columns of its row the service reads on. */
function todoOf({ exercise, ...row }: TodoRow): TodoModel & Omit<TodoRow, 'exercise'> {
  return { ...row, exercise: exerciseFromJson(exercise) };
}

/** Whether a partner may read the other's submission: shared, or shared once both submitted. */
function partnerMayRead(row: TodoRow): boolean {
  if (row.partnersSubmission !== 'SUBMITTED') return false;
  if (row.partnersSharing === Sharing.PARTNER) return true;
  return row.partnersSharing === Sharing.AFTER_BOTH && row.status === 'SUBMITTED';
}

/** Keeps only the fields each answer uses, in a stable shape. */
function storedAnswers(answers: AnswerInput[]): Answer[] {
  return answers.map(({ promptKey, text, value, optionKeys, plannedAt }) => {
    const answer: Answer = { promptKey };
    if (text != null) answer.text = text;
    if (value != null) answer.value = value;
    if (optionKeys != null) answer.optionKeys = optionKeys;
    if (plannedAt != null) answer.plannedAt = plannedAt;
    return answer;
  });
}

/**
 * The client's side: the to-do list, answering with a server-side draft, submitting once
 * (an idempotency key makes a retry return the same submission), and sharing with the
 * partner. Partner privacy is decided here and in AccessPolicy, nowhere else.
 */
@Injectable()
export class TodosService {
  constructor(
    private readonly context: RequestContext,
    private readonly sql: Sql,
    private readonly policy: AccessPolicy,
    private readonly live: PgPubSub,
    private readonly submissions: SubmissionReader,
  ) {}

  async list(list: TodoList, { limit, offset }: PageArgs): Promise<TodoPageModel> {
    const clientId = this.context.requiredActor.userId;
    const statements = queries.TODO_LISTS[list];
    const rows = await this.sql.rows(statements.items, [clientId, limit, offset]);
    const { total } = await this.sql.one(statements.total, [clientId]);
    return { items: rows.map(todoOf), totalCount: total };
  }

  async get(id: string): Promise<TodoDetailModel> {
    const scope = await this.policy.todo(id, 'todo.read');
    if (!scope.opened) throw notFound('to-do');
    const row = await this.row(id);
    const readable = [row.mineId, partnerMayRead(row) ? row.partnersId : null].filter(
      (submissionId): submissionId is string => submissionId !== null,
    );
    const found = await this.submissions.byIds(readable, { withComments: true });
    const mine = row.mineId ? (found.get(row.mineId) ?? null) : null;
    const partners = partnerMayRead(row) && row.partnersId ? found.get(row.partnersId) : undefined;
    if (partners) {
      partners.comments = null;
      this.policy.used('submission.read', [row.partnerId as string], partners.id);
    }
    if (mine) {
      this.policy.used(
        'submission.read',
        mine.clientId ? [mine.clientId] : scope.clientIds,
        mine.id,
      );
    }
    return { ...todoOf(row), mine, partners: partners ?? null };
  }

  /** Saves answers as a draft, replacing the previous draft; a submitted one is final. */
  async saveDraft(input: SaveDraftInput): Promise<SubmissionModel> {
    const scope = await this.answerable(input.todoId, 'submission.draft');
    rejectProblems(
      answerProblems(scope.prompts, input.answers, { complete: false }),
      'This draft cannot be saved.',
    );
    const row = await this.upsert(scope, storedAnswers(input.answers), SubmissionStatus.DRAFT);
    if (!row) throw conflict('You already submitted this exercise; it can no longer be changed.');
    if (row.inserted) {
      await this.live.publish({
        kind: ActivityKind.DRAFT_STARTED,
        coupleId: scope.coupleId,
        clientId: this.author(scope),
      });
    }
    return this.submissions.byId(row.id, { withComments: true });
  }

  async submit(input: SubmitExerciseInput): Promise<SubmissionModel> {
    const scope = await this.answerable(input.todoId, 'submission.submit');
    const replay = await this.replayed(scope, input.idempotencyKey);
    if (replay) return replay;
    rejectProblems(
      answerProblems(scope.prompts, input.answers, { complete: true }),
      'This exercise cannot be submitted yet.',
    );
    const sharing = scope.mode === ExerciseMode.JOINT ? Sharing.PARTNER : input.sharing;
    const row = await this.upsert(scope, storedAnswers(input.answers), SubmissionStatus.SUBMITTED, {
      sharing,
      idempotencyKey: input.idempotencyKey,
    });
    if (!row) {
      // Submitted meanwhile, by a retry racing this one (same key) or by the partner (joint).
      const raced = await this.replayed(scope, input.idempotencyKey);
      if (raced) return raced;
      throw conflict('This exercise has already been submitted.');
    }
    await this.live.publish({
      kind: ActivityKind.SUBMITTED,
      coupleId: scope.coupleId,
      clientId: this.author(scope),
      assignmentId: scope.assignmentId,
    });
    this.policy.created('submission.submit', row.id, scope.clientIds);
    return this.submissions.byId(row.id, { withComments: true });
  }

  /** Changes who may read one's own submitted individual answers. */
  async share(submissionId: string, sharing: Sharing): Promise<SubmissionModel> {
    const clientId = this.context.requiredActor.userId;
    const shared = await this.sql.execute(queries.shareSubmission, [
      submissionId,
      clientId,
      sharing,
    ]);
    if (shared === 0) {
      this.policy.denied('submission.share', 'submission', submissionId);
      throw notFound('submission', 'Only your own submitted answers can be shared.');
    }
    this.policy.used('submission.share', [clientId], submissionId);
    return this.submissions.byId(submissionId, { withComments: true });
  }

  private async answerable(todoId: string, action: Action): Promise<TodoScope> {
    const scope = await this.policy.todo(todoId, action);
    if (!scope.opened) throw notFound('to-do');
    if (scope.closed) {
      throw conflict(
        'Your counselor closed this exercise. What you wrote is kept, but it takes no more answers.',
      );
    }
    return scope;
  }

  /** The author column: the client for individual exercises, none for joint ones. */
  private author(scope: TodoScope): string | null {
    return scope.mode === ExerciseMode.JOINT ? null : this.context.requiredActor.userId;
  }

  /** The submission a submit with this key already made, if any. */
  private async replayed(
    scope: TodoScope,
    idempotencyKey: string,
  ): Promise<SubmissionModel | undefined> {
    const row = await this.sql.maybeOne(queries.submittedWithKey, [
      scope.id,
      this.author(scope),
      idempotencyKey,
    ]);
    return row ? this.submissions.byId(row.id, { withComments: true }) : undefined;
  }

  /** The draft or submission saved, or undefined when it was already submitted. */
  private upsert(
    scope: TodoScope,
    answers: Answer[],
    status: SubmissionStatus,
    submitted?: { sharing: Sharing; idempotencyKey: string },
  ): Promise<{ id: string; inserted: boolean } | undefined> {
    const actor = this.context.requiredActor;
    const author = this.author(scope);
    return this.sql.maybeOne(author ? queries.upsertOwnSubmission : queries.upsertJointSubmission, [
      actor.clinicId,
      scope.id,
      author,
      JSON.stringify(answers),
      status,
      submitted?.sharing ?? null,
      submitted?.idempotencyKey ?? null,
      actor.userId,
    ]);
  }

  private async row(id: string): Promise<TodoRow> {
    const row = await this.sql.maybeOne(queries.myTodo, [this.context.requiredActor.userId, id]);
    if (!row) throw notFound('to-do');
    return row;
  }
}
