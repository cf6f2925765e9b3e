import { createRequire } from 'node:module';
import { resolve } from 'node:path';

/**
 * The server's own code, from its build: the benchmark starts PostgreSQL, migrates, hashes
 * passwords and runs the raw-SQL baselines with exactly what the server uses.
 */
const SERVER_DIST = resolve(__dirname, '../../server/dist');
export const SERVER_ENTRY = resolve(SERVER_DIST, 'main.js');

const load = createRequire(__filename);

function fromServer<T>(path: string): T {
  try {
    return load(resolve(SERVER_DIST, path)) as T;
  } catch (error) {
    throw new Error(`Build the server first (npm run build): ${String(error)}`);
  }
}

export interface EmbeddedCluster {
  port: number;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export const embedded = () =>
  fromServer<{
    startEmbeddedCluster(
      dataDir: string,
      log: (line: string) => void,
      options?: { settings?: Record<string, string>; port?: number },
    ): Promise<EmbeddedCluster>;
    ensureDatabase(cluster: EmbeddedCluster, database: string): Promise<void>;
    freePort(): Promise<number>;
  }>('database/embedded/embedded-postgres.js');

export const migrations = () =>
  fromServer<{
    migrateDatabase(
      ownerUrl: string,
      appPassword: string,
      options: { log: (line: string) => void },
    ): Promise<void>;
  }>('database/migrate.js');

export const appDatabaseUrl = (ownerUrl: string, appPassword: string): string =>
  fromServer<{ appDatabaseUrl(ownerUrl: string, appPassword: string): string }>(
    'database/data-source.js',
  ).appDatabaseUrl(ownerUrl, appPassword);

/** The server's hasher (argon2id with its settings). */
export async function hashPassword(password: string): Promise<string> {
  const { PasswordHasher } = fromServer<{
    PasswordHasher: new () => { hash(password: string): Promise<string> };
  }>('auth/password-hasher.js');
  return new PasswordHasher().hash(password);
}

/** The statements behind each measured read, as the services run them. */
export const serverSql = () => ({
  caseload: fromServer<{ CASELOAD_COUPLES: string }>('insights/caseload-sql.js'),
  progress: fromServer<{
    EPISODES_AND_PARTNERS: string;
    RECENT_FULL_INDEX: string;
    landmarksSql(series: ReadonlyArray<{ form: string; key: string }>): string;
  }>('assessments/progress-sql.js'),
  trends: fromServer<{ TREND_POINTS: string; TREND_PEOPLE: string; TREND_EVENTS: string }>(
    'assessments/trends-sql.js',
  ),
  todos: fromServer<{ todoListSql(list: 'OPEN' | 'DONE'): { items: string; total: string } }>(
    'assignments/todos-sql.js',
  ),
});
