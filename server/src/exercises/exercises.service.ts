import { Injectable } from '@nestjs/common';
import { ExerciseContent, exerciseContentProblems, Prompt } from '@tandem/shared';
import { AccessPolicy } from '../access/access-policy';
import type { Action } from '../access/actions';
import { escapeLike } from '../common/escape-like';
import { rejectProblems } from '../common/input-problems';
import { PageArgs } from '../common/page.args';
import { RequestContext } from '../context/request-context';
import { Sql } from '../database/sql';
import { conflict, notFound } from '../graphql/errors';
import { ExerciseContentInput, ExerciseFilterInput, ExerciseSource } from './dto/exercise.inputs';
import * as queries from './exercises.queries';
import { ExerciseModel, ExercisePageModel } from './models/exercise.model';

/**
 * The exercise library: the built-in exercises every clinic shares and the clinic's own.
 * Row-level security shows a clinic the built-ins and its own exercises only; editing makes
 * a new version, archiving hides an exercise from new assignments.
 */
@Injectable()
export class ExercisesService {
  constructor(
    private readonly context: RequestContext,
    private readonly sql: Sql,
    private readonly policy: AccessPolicy,
  ) {}

  async list(filter: ExerciseFilterInput, { limit, offset }: PageArgs): Promise<ExercisePageModel> {
    const where = [
      filter.archived,
      filter.buildingStep ?? null,
      filter.dimension ?? null,
      filter.mode ?? null,
      filter.maxMinutes ?? null,
      filter.source ? filter.source === ExerciseSource.BUILT_IN : null,
      filter.search ? escapeLike(filter.search) : null,
    ] as const;
    const items = await this.sql.rows(queries.libraryPage, [...where, limit, offset]);
    const { total } = await this.sql.one(queries.libraryCount, [...where]);
    return { items, totalCount: total };
  }

  async get(id: string): Promise<ExerciseModel> {
    const row = await this.sql.maybeOne(queries.currentExercise, [id]);
    if (!row) throw this.notFound('exercise.read', id);
    return row;
  }

  async create(input: ExerciseContentInput): Promise<ExerciseModel> {
    const content = this.validContent(input);
    const actor = this.context.requiredActor;
    const { id } = await this.sql.one(queries.insertExercise, [actor.clinicId, actor.userId]);
    await this.insertVersion(id, 1, content);
    this.policy.created('exercise.create', id);
    return this.get(id);
  }

  /** Saves the content as a new version; assignments already given keep theirs. */
  async update(
    id: string,
    expectedVersion: number,
    input: ExerciseContentInput,
  ): Promise<ExerciseModel> {
    const content = this.validContent(input);
    await this.ownExercise(id, 'exercise.update');
    const updated = await this.sql.execute(queries.nextVersion, [id, expectedVersion]);
    if (updated === 0) {
      throw conflict('Someone saved a newer version of this exercise. Reload it and try again.');
    }
    await this.insertVersion(id, expectedVersion + 1, content);
    this.policy.used('exercise.update', [], id);
    return this.get(id);
  }

  async setArchived(id: string, archived: boolean): Promise<ExerciseModel> {
    const action = archived ? 'exercise.archive' : 'exercise.restore';
    await this.ownExercise(id, action);
    await this.sql.execute(queries.setArchived, [id, archived]);
    this.policy.used(action, [], id);
    return this.get(id);
  }

  /** A clinic's own exercise; the built-in ones are read-only (copy one to change it). */
  private async ownExercise(id: string, action: Action): Promise<void> {
    const row = await this.sql.maybeOne(queries.exerciseOrigin, [id]);
    if (!row) throw this.notFound(action, id);
    if (row.builtIn) {
      throw conflict("Built-in exercises can't be changed. Make a copy for your clinic instead.");
    }
  }

  /** Missing or another clinic's (hidden by row-level security): alike, and audited. */
  private notFound(action: Action, id: string) {
    this.policy.denied(action, 'exercise', id);
    return notFound('exercise');
  }

  private validContent(input: ExerciseContentInput): ExerciseContent {
    const content: ExerciseContent = {
      ...input,
      prompts: input.prompts.map((prompt) => withoutEmptyFields(prompt as Prompt)),
    };
    rejectProblems(exerciseContentProblems(content), 'This exercise cannot be saved.');
    return content;
  }

  private async insertVersion(exerciseId: string, version: number, content: ExerciseContent) {
    const actor = this.context.requiredActor;
    await this.sql.execute(queries.insertVersion, [
      exerciseId,
      actor.clinicId,
      version,
      content.title,
      content.buildingStep,
      content.dimension,
      content.rationale,
      content.instructions,
      content.estimatedMinutes,
      content.mode,
      JSON.stringify(content.prompts),
      actor.userId,
    ]);
  }
}

/** Keeps only the fields a prompt's kind uses, so stored prompts carry no stray values. */
export function withoutEmptyFields(prompt: Prompt): Prompt {
  const kept = Object.entries(prompt).filter(([, value]) => value !== null && value !== undefined);
  return Object.fromEntries(kept) as unknown as Prompt;
}
