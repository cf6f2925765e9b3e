/**
 * The columns of an ExerciseModel from `exercise e` joined with one of its versions `v`
 * (the current one in the library, the given one on an assignment).
 */
export const EXERCISE_COLUMNS = `e.id, v.id AS "versionId", v.version, e.current_version AS "currentVersion",
  v.title, v.building_step AS "buildingStep", v.dimension, v.rationale, v.instructions,
  v.estimated_minutes AS "estimatedMinutes", v.mode, v.prompts, e.clinic_id IS NULL AS "builtIn",
  e.archived_at AS "archivedAt", v.created_at AS "updatedAt"`;
