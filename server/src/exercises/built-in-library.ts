import { BUILT_IN_EXERCISES, BuiltInExercise, ExerciseContent } from '@tandem/shared';
import { isDeepStrictEqual } from 'node:util';
import type { DataSource, EntityManager } from 'typeorm';

type StoredContent = ExerciseContent & { exerciseId: string; version: number };

function contentOf(exercise: BuiltInExercise | StoredContent): ExerciseContent {
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
    const stored: StoredContent[] = await manager.query(
      `SELECT e.slug, e.id AS "exerciseId", v.version, v.title, v.building_step AS "buildingStep",
              v.dimension, v.rationale, v.instructions, v.estimated_minutes AS "estimatedMinutes",
              v.mode, v.prompts
         FROM exercise e JOIN exercise_version v ON v.exercise_id = e.id AND v.version = e.current_version
        WHERE e.clinic_id IS NULL`,
    );
    const bySlug = new Map(stored.map((row) => [(row as unknown as { slug: string }).slug, row]));
    let added = 0;
    let revised = 0;
    for (const exercise of BUILT_IN_EXERCISES) {
      const current = bySlug.get(exercise.slug);
      if (current && isDeepStrictEqual(contentOf(current), contentOf(exercise))) continue;
      if (!current) {
        added++;
        const [{ id }] = await manager.query(
          'INSERT INTO exercise (slug, current_version) VALUES ($1, 1) RETURNING id',
          [exercise.slug],
        );
        await insertBuiltInVersion(manager, id, 1, exercise);
      } else {
        revised++;
        await manager.query('UPDATE exercise SET current_version = $2 WHERE id = $1', [
          current.exerciseId,
          current.version + 1,
        ]);
        await insertBuiltInVersion(manager, current.exerciseId, current.version + 1, exercise);
      }
    }
    if (added) log(`Added ${added} built-in exercises`);
    if (revised) log(`Saved a new version of ${revised} built-in exercises`);
  });
}

async function insertBuiltInVersion(
  manager: EntityManager,
  exerciseId: string,
  version: number,
  exercise: BuiltInExercise,
) {
  await manager.query(
    `INSERT INTO exercise_version (exercise_id, version, title, building_step, dimension, rationale,
            instructions, estimated_minutes, mode, prompts)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
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
    ],
  );
}
