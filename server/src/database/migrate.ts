import { DataSource } from 'typeorm';
import { syncBuiltInExercises } from '../exercises/built-in-library';
import { APP_ROLE, createDataSource } from './data-source';

/** Any fixed number works; it only has to be the same for every replica. */
const MIGRATION_LOCK = 7_406_113;

export interface MigrateOptions {
  log: (line: string) => void;
  /** Runs inside the lock after the migrations and the built-in library, e.g. the demo seed. */
  afterMigrations?: (owner: DataSource) => Promise<void>;
}

/**
 * Brings the schema up to date. Safe to run from several replicas at once: they queue on a
 * PostgreSQL advisory lock, and the later ones find nothing left to do.
 */
export async function migrateDatabase(
  ownerUrl: string,
  appPassword: string,
  options: MigrateOptions,
): Promise<void> {
  const owner = await createDataSource(ownerUrl, 'owner').initialize();
  const lock = owner.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await assertOwnerBypassesRowLevelSecurity(owner);
    await ensureAppRole(owner, appPassword);
    const applied = await owner.runMigrations({ transaction: 'each' });
    for (const migration of applied) options.log(`Applied migration ${migration.name}`);
    await syncBuiltInExercises(owner, options.log);
    await options.afterMigrations?.(owner);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
    await owner.destroy();
  }
}

async function assertOwnerBypassesRowLevelSecurity(owner: DataSource) {
  const [role] = await owner.query<Array<{ rolname: string; bypasses: boolean }>>(
    'SELECT rolname, rolsuper OR rolbypassrls AS bypasses FROM pg_roles WHERE rolname = current_user',
  );
  if (!role?.bypasses) {
    throw new Error(
      `The DATABASE_URL role "${role?.rolname}" must own the schema and have BYPASSRLS ` +
        '(or be a superuser): it runs migrations and sign-in lookups across clinics.',
    );
  }
}

/**
 * Roles belong to the whole cluster, so databases migrating side by side (test suites)
 * can race on it; PostgreSQL then reports a duplicate or a concurrent update, and a retry
 * settles it.
 */
export async function ensureAppRole(owner: DataSource, password: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ensureAppRoleOnce(owner, password);
    } catch (error) {
      const code = (error as { code?: string }).code;
      const raced = code === '42710' || code === '23505' || code === 'XX000';
      if (!raced || attempt === 5) throw error;
      await new Promise((done) => setTimeout(done, 50 * attempt));
    }
  }
}

/** The role request work runs as: it can log in, owns nothing and is held by every policy. */
async function ensureAppRoleOnce(owner: DataSource, password: string) {
  const [{ exists }] = await owner.query<[{ exists: boolean }]>(
    'SELECT count(*) > 0 AS exists FROM pg_roles WHERE rolname = $1',
    [APP_ROLE],
  );
  const verb = exists ? 'ALTER' : 'CREATE';
  const [{ statement }] = await owner.query<[{ statement: string }]>(
    `SELECT format('${verb} ROLE %I LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD %L', $1::text, $2::text) AS statement`,
    [APP_ROLE, password],
  );
  await owner.query(statement);
  const [{ database }] = await owner.query<[{ database: string }]>(
    'SELECT current_database() AS database',
  );
  await owner.query(`GRANT CONNECT ON DATABASE "${database}" TO ${APP_ROLE}`);
  await owner.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
}
