import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, realpath } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

const run = promisify(execFile);

export type PgTool = 'pg_dump' | 'pg_restore';

export interface ServerVersion {
  /** e.g. 15 */
  major: number;
  /** e.g. "15.18" */
  version: string;
}

/** What the server itself says it is: the dump tools must be of this major version. */
export async function serverVersion(url: string): Promise<ServerVersion> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ num: string; version: string }>(
      "SELECT current_setting('server_version_num') AS num, current_setting('server_version') AS version",
    );
    return { major: Math.floor(Number(rows[0].num) / 10_000), version: rows[0].version };
  } finally {
    await client.end();
  }
}

/** Where PostgreSQL's packages put a major version's programs, then PATH. */
function candidateDirs(major: number, env: NodeJS.ProcessEnv): string[] {
  return [
    ...(env.PG_BIN_DIR ? [env.PG_BIN_DIR] : []),
    `/usr/lib/postgresql/${major}/bin`, // Debian, Ubuntu
    `/usr/pgsql-${major}/bin`, // RHEL, Fedora (the PostgreSQL project's packages)
    `/opt/homebrew/opt/postgresql@${major}/bin`, // Homebrew on Apple silicon
    `/usr/local/opt/postgresql@${major}/bin`, // Homebrew on Intel
    ...(env.PATH ?? '').split(delimiter).filter(Boolean),
  ];
}

/** "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)" → 15 */
async function majorOf(program: string): Promise<number | undefined> {
  try {
    await access(program, constants.X_OK);
    const { stdout } = await run(program, ['--version']);
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(stdout);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The path of `tool` of exactly `major`: pg_dump refuses a newer server, and an older
 * server's dump made by a newer pg_dump may not restore into it, so the server decides.
 */
export async function findPgTool(
  tool: PgTool,
  server: ServerVersion,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const others: string[] = [];
  const seen = new Set<string>();
  for (const dir of candidateDirs(server.major, env)) {
    const program = join(dir, tool);
    // /bin and /usr/bin are often one folder. (Run by its own name: Debian's pg_wrapper
    // behind /usr/bin/pg_dump tells the tools apart by it.)
    const real = await realpath(program).catch(() => undefined);
    if (!real || seen.has(real)) continue;
    seen.add(real);
    const major = await majorOf(program);
    if (major === server.major) return program;
    if (major !== undefined) others.push(`${tool} ${major} at ${program}`);
  }
  throw new Error(missingToolMessage(tool, server, others));
}

function missingToolMessage(tool: PgTool, server: ServerVersion, others: string[]): string {
  const { major } = server;
  const debian =
    major === 15
      ? '`apt-get install postgresql-client` (Debian 12 ships version 15)'
      : `\`apt-get install postgresql-client-${major}\` (Debian 12 ships only 15; ${major} comes ` +
        "from the PostgreSQL project's own apt repository)";
  return [
    `The database server runs PostgreSQL ${server.version}, and no ${tool} ${major} was found` +
      (others.length ? ` (found only ${others.join(', ')})` : '') +
      '. Backups are made and restored with the tools of the server’s own major version.',
    `Install them: on Debian or Ubuntu ${debian}; or set PG_BIN_DIR to the folder holding ` +
      `pg_dump and pg_restore ${major}.`,
    'With docker compose, run pg_dump inside the postgres service instead (docs/reliability.md).',
  ].join('\n');
}

/**
 * Runs a PostgreSQL program against `url` without putting the password on its command line
 * (where any user could read it in the process list): libpq takes it from PGPASSWORD.
 */
export async function runPgTool(
  program: string,
  url: string,
  args: string[],
): Promise<{ stdout: string; stderr: string }> {
  const target = new URL(url);
  const password = decodeURIComponent(target.password);
  target.password = '';
  try {
    return await run(program, [...args, `--dbname=${target.toString()}`], {
      env: { ...process.env, PGPASSWORD: password, PGCONNECT_TIMEOUT: '10' },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? '').trim();
    throw new Error(`${program} failed: ${stderr || String(error)}`);
  }
}
