import { execFile } from 'node:child_process';
import { access } from 'node:fs/promises';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { createDataSource } from '../data-source';
import { ensureAppRole } from '../migrate';
import { findPgTool, runPgTool, serverVersion } from './pg-tools';

export interface RestoreResult {
  milliseconds: number;
  /** The version of the server the backup was taken from, e.g. "15.18". */
  dumpedFrom: string;
  serverVersion: string;
  pgRestore: string;
}

/**
 * Replaces everything in the database with the backup in `file`: the database is wiped
 * (every schema dropped, `public` made anew as it was), the application role made or given
 * `appPassword` (roles live outside a database, so a new server lacks it), and the dump
 * restored in one transaction as the connecting owner. Grants, forced row-level security
 * and policies come back from the dump. Refuses while anything else is connected.
 */
export async function restoreDatabase(
  ownerUrl: string,
  file: string,
  options: { appPassword: string },
): Promise<RestoreResult> {
  const started = Date.now();
  await access(file).catch(() => {
    throw new Error(`No backup at ${file}.`);
  });
  const server = await serverVersion(ownerUrl);
  const pgRestore = await findPgTool('pg_restore', server);
  const { dumpedFrom } = await describeBackup(pgRestore, file);
  await assertAlone(ownerUrl);
  await wipeDatabase(ownerUrl);
  const owner = await createDataSource(ownerUrl, 'owner').initialize();
  try {
    await ensureAppRole(owner, options.appPassword);
  } finally {
    await owner.destroy();
  }
  await runPgTool(pgRestore, ownerUrl, [
    '--no-owner',
    '--single-transaction',
    '--exit-on-error',
    '--no-password',
    file,
  ]);
  return {
    milliseconds: Date.now() - started,
    dumpedFrom,
    serverVersion: server.version,
    pgRestore,
  };
}

/** Reads the archive's table of contents: refuses what is not a readable Tandem backup. */
export async function describeBackup(
  pgRestore: string,
  file: string,
): Promise<{ dumpedFrom: string }> {
  let listing: string;
  try {
    listing = (await promisify(execFile)(pgRestore, ['--list', file], { maxBuffer: 16 << 20 }))
      .stdout;
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? error).trim();
    throw new Error(
      `${pgRestore} cannot read ${file}: ${stderr}. A backup restores with the pg_restore ` +
        'of its own major version or a newer one, into a server of that version or newer.',
    );
  }
  if (!/ TABLE public schema_migration /.test(listing)) {
    throw new Error(`${file} is not a backup of a Tandem database (it has no schema_migration).`);
  }
  const dumpedFrom = /Dumped from database version: (.+)/.exec(listing)?.[1].trim() ?? 'unknown';
  return { dumpedFrom };
}

/** Other connections (the API, its job queue) would block the wipe or write in between. */
export async function assertAlone(ownerUrl: string): Promise<void> {
  const others = await withClient(ownerUrl, async (client) => {
    const { rows } = await client.query<{ name: string; count: number }>(
      `SELECT coalesce(nullif(application_name, ''), usename, 'unknown') AS name, count(*)::int AS count
         FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
        GROUP BY 1 ORDER BY 1`,
    );
    return rows;
  });
  if (others.length === 0) return;
  const who = others.map(({ name, count }) => `${name} × ${count}`).join(', ');
  throw new Error(
    `Other connections are using the database (${who}). Stop every Tandem server first ` +
      '(`docker compose stop server` in production, or the `npm start` process), then restore.',
  );
}

/**
 * Empties the database: drops every schema (the tables, pg-boss's queue, everything the
 * dump will bring back) and makes `public` again with its owner, its PUBLIC privileges and
 * its comment, as PostgreSQL made it, so the restored database matches the dumped one.
 */
export async function wipeDatabase(ownerUrl: string): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    await client.query('BEGIN');
    try {
      const schemas = await client.query<{ name: string }>(
        `SELECT nspname AS name FROM pg_namespace
          WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'`,
      );
      const publicSchema = await client.query<{
        owner: string;
        comment: string | null;
        privileges: string[] | null;
      }>(
        `SELECT pg_get_userbyid(n.nspowner) AS owner,
                obj_description(n.oid, 'pg_namespace') AS comment,
                (SELECT array_agg(a.privilege_type) FROM aclexplode(n.nspacl) a WHERE a.grantee = 0)
                  AS privileges
           FROM pg_namespace n WHERE n.nspname = 'public'`,
      );
      for (const { name } of schemas.rows) {
        await client.query(`DROP SCHEMA ${client.escapeIdentifier(name)} CASCADE`);
      }
      const was = publicSchema.rows[0];
      await client.query(
        was
          ? `CREATE SCHEMA public AUTHORIZATION ${client.escapeIdentifier(was.owner)}`
          : 'CREATE SCHEMA public',
      );
      if (was?.privileges?.length) {
        await client.query(`GRANT ${was.privileges.join(', ')} ON SCHEMA public TO PUBLIC`);
      }
      if (was?.comment) {
        await client.query(`COMMENT ON SCHEMA public IS ${client.escapeLiteral(was.comment)}`);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  });
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
