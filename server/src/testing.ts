/**
 * The parts of the server the benchmark and the load suite run, typed, as
 * `@tandem/server/testing`: they start PostgreSQL, migrate, hash secrets and time the
 * services' own statements with exactly what the server uses. Re-exports only; nothing in the
 * application imports this file, and a rename in the server now fails its own build here
 * instead of a benchmark at run time.
 */
export {
  ensureDatabase,
  freePort,
  startEmbeddedCluster,
  type EmbeddedCluster,
} from './database/embedded/embedded-postgres';
export { migrateDatabase, type MigrateOptions } from './database/migrate';
export { appDatabaseUrl } from './database/data-source';
export { PasswordHasher } from './auth/password-hasher';
export { hashSecretToken } from './auth/secret-token';

// The statements behind the benchmark's raw-SQL baselines, as the services run them.
export { CASELOAD_COUPLES } from './insights/caseload.queries';
export {
  EPISODES_AND_PARTNERS,
  RECENT_FULL_INDEX,
  landmarksSql,
  type SeriesSpec,
} from './assessments/progress.queries';
export { TREND_EVENTS, TREND_PEOPLE, TREND_POINTS } from './assessments/trends.queries';
export { TodoList } from './assignments/todo-list';
export { todoListSql } from './assignments/todos.queries';
