import { BUILT_IN_EXERCISES, BuiltInExercise, ExerciseContent } from '@tandem/shared';
import { isDeepStrictEqual } from 'node:util';
import type { DataSource } from 'typeorm';
import { type SqlSession, sqlOn } from '../database/sql';
import * as queries from './exercises.queries';

function contentOf(exercise: ExerciseContent): ExerciseContent {
  const {
    title,
    buildingStep,
    dimension,
    rationale,
    instructions,
    estimatedMinutes,
    mode,
    prompts,
  } = exercise;
  return {
    title,
    buildingStep,
    dimension,
    rationale,
    instructions,
    estimatedMinutes,
    mode,
    prompts,
  };
}

/**
 * Brings the stored built-in library up to the one in @tandem/shared: a new exercise is
 * added, a changed one gets a new version, an unchanged one is left alone. Runs as the owner
 * inside the migration lock, so replicas starting together do it once.
 */
export async function syncBuiltInExercises(owner: DataSource, log: (line: string) => void) {
  await owner.transaction(async (manager) => {
    const sql = sqlOn(manager);
    const stored = await sql.rows(queries.storedBuiltIns, []);
    const bySlug = new Map(stored.map((row) => [row.slug, row]));
    let added = 0;
    let revised = 0;
    for (const exercise of BUILT_IN_EXERCISES) {
      const current = bySlug.get(exercise.slug);
      if (current && isDeepStrictEqual(contentOf(current), contentOf(exercise))) continue;
      if (!current) {
        added++;
        const { id } = await sql.one(queries.insertBuiltIn, [exercise.slug]);
        await insertBuiltInVersion(sql, id, 1, exercise);
      } else {
        revised++;
        await sql.execute(queries.setBuiltInVersion, [current.exerciseId, current.version + 1]);
        await insertBuiltInVersion(sql, current.exerciseId, current.version + 1, exercise);
      }
    }
    if (added) log(`Added ${added} built-in exercises`);
    if (revised) log(`Saved a new version of ${revised} built-in exercises`);
  });
}

async function insertBuiltInVersion(
  sql: SqlSession,
  exerciseId: string,
  version: number,
  exercise: BuiltInExercise,
) {
  await sql.execute(queries.insertBuiltInVersion, [
    exerciseId,
    version,
    exercise.title,
    exercise.buildingStep,
    exercise.dimension,
    exercise.rationale,
    exercise.instructions,
    exercise.estimatedMinutes,
    exercise.mode,
    JSON.stringify(exercise.prompts),
  ]);
}
