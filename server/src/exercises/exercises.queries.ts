import { BuildingStep, Dimension, ExerciseMode, type Prompt } from '@tandem/shared';
import { pg, statement } from '../database/sql';
import type { ExerciseModel } from './models/exercise.model';

const BUILDING_STEP = pg.enum<BuildingStep>('building_step');
const DIMENSION = pg.enum<Dimension>('dimension');
const MODE = pg.enum<ExerciseMode>('exercise_mode');
/** Prompts as a parameter: their JSON text (node-postgres would send an array as a SQL array). */
const PROMPTS_JSON = pg.jsonb<string>();

/**
 * The columns of an ExerciseModel from `exercise e` joined with one of its versions `v`
 * (the current one in the library, the given one on an assignment).
 */
export const EXERCISE_COLUMNS = `e.id, v.id AS "versionId", v.version, e.current_version AS "currentVersion",
  v.title, v.building_step AS "buildingStep", v.dimension, v.rationale, v.instructions,
  v.estimated_minutes AS "estimatedMinutes", v.mode, v.prompts, e.clinic_id IS NULL AS "builtIn",
  e.archived_at AS "archivedAt", v.created_at AS "updatedAt"`;

/** The declared row of EXERCISE_COLUMNS. */
export const EXERCISE_ROW = {
  id: pg.uuid,
  versionId: pg.uuid,
  version: pg.int4,
  currentVersion: pg.int4,
  title: pg.varchar,
  buildingStep: BUILDING_STEP,
  dimension: DIMENSION,
  rationale: pg.varchar,
  instructions: pg.varchar,
  estimatedMinutes: pg.int2,
  mode: MODE,
  prompts: pg.jsonb<Prompt[]>(),
  builtIn: pg.bool,
  archivedAt: pg.timestamptz.orNull,
  updatedAt: pg.timestamptz,
} as const;

/**
 * Exercise version `v` of exercise `e` as one JSON object shaped like ExerciseModel, for
 * statements of other modules that carry the exercise given (read it with `exerciseFromJson`).
 */
export const EXERCISE_JSON = `json_build_object(
  'id', e.id, 'versionId', v.id, 'version', v.version, 'currentVersion', e.current_version,
  'title', v.title, 'buildingStep', v.building_step, 'dimension', v.dimension,
  'rationale', v.rationale, 'instructions', v.instructions, 'estimatedMinutes', v.estimated_minutes,
  'mode', v.mode, 'prompts', v.prompts, 'builtIn', e.clinic_id IS NULL,
  'archivedAt', e.archived_at, 'updatedAt', v.created_at)`;

/** What EXERCISE_JSON builds: JSON has no timestamps, so its times are ISO 8601 text. */
export type ExerciseJson = Omit<ExerciseModel, 'archivedAt' | 'updatedAt'> & {
  archivedAt: string | null;
  updatedAt: string;
};

export function exerciseFromJson(json: ExerciseJson): ExerciseModel {
  return {
    ...json,
    archivedAt: json.archivedAt === null ? null : new Date(json.archivedAt),
    updatedAt: new Date(json.updatedAt),
  };
}

/** The column type of EXERCISE_JSON in a statement's declared row. */
export const EXERCISE_JSON_TYPE = pg.json<ExerciseJson>();

/**
 * Joins exercise version `v` whose id is SQL expression `versionId` (the version given on an
 * assignment), for statements of other modules that read its mode or, with
 * `JOIN_EXERCISE_OF_VERSION`, all of EXERCISE_COLUMNS or EXERCISE_JSON.
 */
export const joinExerciseVersion = (versionId: string) =>
  `JOIN exercise_version v ON v.id = ${versionId}`;

/** Joins exercise `e` of version `v` (after `joinExerciseVersion`). */
export const JOIN_EXERCISE_OF_VERSION = 'JOIN exercise e ON e.id = v.exercise_id';

/** The title of the exercise version whose id is SQL expression `versionId` (varchar). */
export const exerciseTitleOf = (versionId: string) =>
  `(SELECT titled.title FROM exercise_version titled WHERE titled.id = ${versionId})`;

/**
 * The mode of the version whose id is SQL expression `versionId`, as a one-row sub-select to
 * join LATERAL as `v` (`OFFSET 0` keeps the planner from joining the whole version table
 * first: under row-level security it expects one row from it, and for a caseload it then probed
 * every couple's assignments once per version).
 */
export const versionModeLateral = (versionId: string) =>
  `(SELECT ev.mode FROM exercise_version ev WHERE ev.id = ${versionId} OFFSET 0) v`;

const CURRENT =
  'exercise e JOIN exercise_version v ON v.exercise_id = e.id AND v.version = e.current_version';

/**
 * The library's filters, each off when its parameter is null: $1 archived rather than in use,
 * $2 building step, $3 dimension, $4 mode, $5 longest time in minutes, $6 built in (true) or
 * the clinic's own (false), $7 words (escaped for LIKE) in the title, rationale or instructions.
 */
const LIBRARY_FILTER = `
  WHERE CASE WHEN $1::boolean THEN e.archived_at IS NOT NULL ELSE e.archived_at IS NULL END
    AND ($2::building_step IS NULL OR v.building_step = $2)
    AND ($3::dimension IS NULL OR v.dimension = $3)
    AND ($4::exercise_mode IS NULL OR v.mode = $4)
    AND ($5::int IS NULL OR v.estimated_minutes <= $5)
    AND ($6::boolean IS NULL OR (e.clinic_id IS NULL) = $6)
    AND ($7::text IS NULL OR v.title ILIKE '%' || $7 || '%' OR v.rationale ILIKE '%' || $7 || '%'
         OR v.instructions ILIKE '%' || $7 || '%')`;

const LIBRARY_PARAMS = [
  pg.bool,
  BUILDING_STEP.orNull,
  DIMENSION.orNull,
  MODE.orNull,
  pg.int4.orNull,
  pg.bool.orNull,
  pg.text.orNull,
] as const;

export const libraryPage = statement({
  name: 'exercises.libraryPage',
  text: `SELECT ${EXERCISE_COLUMNS} FROM ${CURRENT} ${LIBRARY_FILTER}
          ORDER BY v.building_step, v.title, e.id LIMIT $8::int OFFSET $9::int`,
  params: [...LIBRARY_PARAMS, pg.int4, pg.int4],
  row: EXERCISE_ROW,
});

export const libraryCount = statement({
  name: 'exercises.libraryCount',
  text: `SELECT count(*)::int AS total FROM ${CURRENT} ${LIBRARY_FILTER}`,
  params: LIBRARY_PARAMS,
  row: { total: pg.int4 },
});

export const currentExercise = statement({
  name: 'exercises.current',
  text: `SELECT ${EXERCISE_COLUMNS} FROM ${CURRENT} WHERE e.id = $1`,
  params: [pg.uuid],
  row: EXERCISE_ROW,
});

/** The current version of an exercise that can be given (not archived), with its mode. */
export const givableVersion = statement({
  name: 'exercises.givableVersion',
  text: `SELECT v.id, v.mode FROM ${CURRENT} WHERE e.id = $1 AND e.archived_at IS NULL`,
  params: [pg.uuid],
  row: { id: pg.uuid, mode: MODE },
});

/** Whether an exercise is built in (read-only); no row when it is missing or another clinic's. */
export const exerciseOrigin = statement({
  name: 'exercises.origin',
  text: 'SELECT clinic_id IS NULL AS "builtIn" FROM exercise WHERE id = $1',
  params: [pg.uuid],
  row: { builtIn: pg.bool },
});

export const insertExercise = statement({
  name: 'exercises.insert',
  text: `INSERT INTO exercise (clinic_id, current_version, created_by) VALUES ($1, 1, $2) RETURNING id`,
  params: [pg.uuid, pg.uuid],
  row: { id: pg.uuid },
});

/** Makes the next version current when $2 is still the current one (no row touched if not). */
export const nextVersion = statement({
  name: 'exercises.nextVersion',
  text: `UPDATE exercise SET current_version = current_version + 1
          WHERE id = $1 AND current_version = $2`,
  params: [pg.uuid, pg.int4],
});

export const setArchived = statement({
  name: 'exercises.setArchived',
  text: `UPDATE exercise SET archived_at = CASE WHEN $2::boolean THEN coalesce(archived_at, now()) END
          WHERE id = $1`,
  params: [pg.uuid, pg.bool],
});

export const insertVersion = statement({
  name: 'exercises.insertVersion',
  text: `INSERT INTO exercise_version (exercise_id, clinic_id, version, title, building_step, dimension,
                rationale, instructions, estimated_minutes, mode, prompts, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
  params: [
    pg.uuid,
    pg.uuid,
    pg.int4,
    pg.varchar,
    BUILDING_STEP,
    DIMENSION,
    pg.varchar,
    pg.varchar,
    pg.int2,
    MODE,
    PROMPTS_JSON,
    pg.uuid,
  ],
});

// The built-in library, kept in step with @tandem/shared by the owner when the schema migrates.

export const storedBuiltIns = statement({
  name: 'exercises.storedBuiltIns',
  text: `SELECT e.slug, e.id AS "exerciseId", v.version, v.title, v.building_step AS "buildingStep",
                v.dimension, v.rationale, v.instructions, v.estimated_minutes AS "estimatedMinutes",
                v.mode, v.prompts
           FROM ${CURRENT}
          WHERE e.clinic_id IS NULL`,
  params: [],
  row: {
    slug: pg.varchar.orNull,
    exerciseId: pg.uuid,
    version: pg.int4,
    title: pg.varchar,
    buildingStep: BUILDING_STEP,
    dimension: DIMENSION,
    rationale: pg.varchar,
    instructions: pg.varchar,
    estimatedMinutes: pg.int2,
    mode: MODE,
    prompts: pg.jsonb<Prompt[]>(),
  },
});

export const insertBuiltIn = statement({
  name: 'exercises.insertBuiltIn',
  text: 'INSERT INTO exercise (slug, current_version) VALUES ($1, 1) RETURNING id',
  params: [pg.varchar],
  row: { id: pg.uuid },
});

export const setBuiltInVersion = statement({
  name: 'exercises.setBuiltInVersion',
  text: 'UPDATE exercise SET current_version = $2 WHERE id = $1',
  params: [pg.uuid, pg.int4],
});

export const insertBuiltInVersion = statement({
  name: 'exercises.insertBuiltInVersion',
  text: `INSERT INTO exercise_version (exercise_id, version, title, building_step, dimension, rationale,
                instructions, estimated_minutes, mode, prompts)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
  params: [
    pg.uuid,
    pg.int4,
    pg.varchar,
    BUILDING_STEP,
    DIMENSION,
    pg.varchar,
    pg.varchar,
    pg.int2,
    MODE,
    PROMPTS_JSON,
  ],
});
