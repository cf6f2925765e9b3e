import { Injectable } from '@nestjs/common';
import { ExerciseContent, exerciseContentProblems, Prompt } from '@tandem/shared';
import { AuditService } from '../audit/audit.service';
import { escapeLike } from '../common/escape-like';
import { rejectProblems } from '../common/input-problems';
import { PageArgs } from '../common/page.args';
import { SqlFilter } from '../common/sql-filter';
import { RequestContext } from '../context/request-context';
import { conflict, notFound } from '../graphql/errors';
import { ExerciseContentInput, ExerciseFilterInput, ExerciseSource } from './dto/exercise.inputs';
import { EXERCISE_COLUMNS } from './exercise-columns';
import { ExerciseModel, ExercisePageModel } from './models/exercise.model';

const CURRENT =
  'exercise e JOIN exercise_version v ON v.exercise_id = e.id AND v.version = e.current_version';

/**
 * The exercise library: the built-in exercises every clinic shares and the clinic's own.
 * Row-level security shows a clinic the built-ins and its own exercises only; editing makes
 * a new version, archiving hides an exercise from new assignments.
 */
@Injectable()
export class ExercisesService {
  constructor(
    private readonly context: RequestContext,
    private readonly audit: AuditService,
  ) {}

  async list(filter: ExerciseFilterInput, { limit, offset }: PageArgs): Promise<ExercisePageModel> {
    const where = new SqlFilter();
    where.add(filter.archived ? 'e.archived_at IS NOT NULL' : 'e.archived_at IS NULL');
    if (filter.buildingStep) where.add('v.building_step = ?', filter.buildingStep);
    if (filter.dimension) where.add('v.dimension = ?', filter.dimension);
    if (filter.mode) where.add('v.mode = ?', filter.mode);
    if (filter.maxMinutes != null) where.add('v.estimated_minutes <= ?', filter.maxMinutes);
    if (filter.source === ExerciseSource.BUILT_IN) where.add('e.clinic_id IS NULL');
    if (filter.source === ExerciseSource.CLINIC) where.add('e.clinic_id IS NOT NULL');
    if (filter.search) {
      where.add(
        `(v.title ILIKE '%' || ? || '%' OR v.rationale ILIKE '%' || ? || '%'
          OR v.instructions ILIKE '%' || ? || '%')`,
        escapeLike(filter.search),
      );
    }
    const page = where.page(limit, offset);
    const manager = this.context.manager;
    const items = await manager.query(
      `SELECT ${EXERCISE_COLUMNS} FROM ${CURRENT} ${where.where}
        ORDER BY v.building_step, v.title, e.id ${page.sql}`,
      page.values,
    );
    const [{ total }] = await manager.query(
      `SELECT count(*)::int AS total FROM ${CURRENT} ${where.where}`,
      where.values,
    );
    return { items, totalCount: total };
  }

  async get(id: string): Promise<ExerciseModel> {
    const [row] = await this.context.manager.query(
      `SELECT ${EXERCISE_COLUMNS} FROM ${CURRENT} WHERE e.id = $1`,
      [id],
    );
    if (!row) throw this.notFound('exercise.read', id);
    return row;
  }

  async create(input: ExerciseContentInput): Promise<ExerciseModel> {
    const content = this.validContent(input);
    const actor = this.context.requiredActor;
    const [{ id }] = await this.context.manager.query(
      `INSERT INTO exercise (clinic_id, current_version, created_by) VALUES ($1, 1, $2) RETURNING id`,
      [actor.clinicId, actor.userId],
    );
    await this.insertVersion(id, 1, content);
    this.audit.record({ action: 'exercise.create', entityType: 'exercise', entityId: id });
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
    const rows = await this.context.manager.query(
      `UPDATE exercise SET current_version = current_version + 1
        WHERE id = $1 AND current_version = $2 RETURNING current_version AS version`,
      [id, expectedVersion],
    );
    const [updated] = rows[0] as Array<{ version: number }>;
    if (!updated) {
      throw conflict('Someone saved a newer version of this exercise. Reload it and try again.');
    }
    await this.insertVersion(id, updated.version, content);
    this.audit.record({ action: 'exercise.update', entityType: 'exercise', entityId: id });
    return this.get(id);
  }

  async setArchived(id: string, archived: boolean): Promise<ExerciseModel> {
    await this.ownExercise(id, archived ? 'exercise.archive' : 'exercise.restore');
    await this.context.manager.query(
      `UPDATE exercise SET archived_at = CASE WHEN $2 THEN coalesce(archived_at, now()) END WHERE id = $1`,
      [id, archived],
    );
    this.audit.record({
      action: archived ? 'exercise.archive' : 'exercise.restore',
      entityType: 'exercise',
      entityId: id,
    });
    return this.get(id);
  }

  /** A clinic's own exercise; the built-in ones are read-only (copy one to change it). */
  private async ownExercise(id: string, action: string): Promise<void> {
    const [row] = await this.context.manager.query(
      'SELECT clinic_id IS NULL AS "builtIn" FROM exercise WHERE id = $1',
      [id],
    );
    if (!row) throw this.notFound(action, id);
    if (row.builtIn) {
      throw conflict("Built-in exercises can't be changed. Make a copy for your clinic instead.");
    }
  }

  /** Missing or another clinic's (hidden by row-level security): alike, and audited. */
  private notFound(action: string, id: string) {
    this.audit.denied(action, 'exercise', id);
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
    await this.context.manager.query(
      `INSERT INTO exercise_version (exercise_id, clinic_id, version, title, building_step, dimension,
              rationale, instructions, estimated_minutes, mode, prompts, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
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
      ],
    );
  }
}

/** Keeps only the fields a prompt's kind uses, so stored prompts carry no stray values. */
export function withoutEmptyFields(prompt: Prompt): Prompt {
  const kept = Object.entries(prompt).filter(([, value]) => value !== null && value !== undefined);
  return Object.fromEntries(kept) as unknown as Prompt;
}
