import { execFile } from 'node:child_process';
import { chmod, chown, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const require = createRequire(import.meta.url);
const run = promisify(execFile);
const PASSWORD = 'tandem-other-postgres-test-only';
/** Where each project's cluster is announced to its suites (read by use-cluster.js). */
const ANNOUNCED = 'TANDEM_OTHER_POSTGRES';

/**
 * Starts a throw-away cluster for `project` from the PostgreSQL binaries in `bin` (initdb into
 * a temporary folder, a free port, stopped by the global teardown). As root it runs as the
 * `postgres` OS user. When `bin` holds no working server, every suite of the project fails
 * with `missing` and the reason, so nothing is skipped quietly.
 */
export async function startCluster(project, bin, missing) {
  const unusable = bin ? await whyUnusable(bin) : 'not found';
  if (unusable) {
    announce(project, { error: `${missing} (${unusable})` });
    return;
  }
  const { freePort } = require('../../dist/database/embedded/embedded-postgres.js');
  const asUser = await postgresUser();
  if (asUser) await makeTraversable(bin);
  const dir = await mkdtemp(join(tmpdir(), `tandem-${project}-`));
  await chmod(dir, 0o755);
  if (asUser) await chown(dir, asUser.uid, asUser.gid);
  const pwfile = join(dir, 'password');
  await writeFile(pwfile, PASSWORD, { mode: 0o600 });
  if (asUser) await chown(pwfile, asUser.uid, asUser.gid);
  const data = join(dir, 'data');
  // From its own folder: the postgres user may not enter the one jest runs in.
  const options = { ...asUser, cwd: dir };
  await run(
    join(bin, 'initdb'),
    [
      '-D',
      data,
      '-U',
      'postgres',
      `--pwfile=${pwfile}`,
      '-A',
      'scram-sha-256',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
      '--no-sync',
    ],
    options,
  );
  const port = await freePort();
  const settings = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    `-c unix_socket_directories=${dir}`,
    '-c max_connections=200',
    // Durability is not under test here; the suites create a database each.
    '-c fsync=off',
  ].join(' ');
  const started = { bin, data, dir, options };
  (globalThis.__TANDEM_OTHER_CLUSTERS__ ??= []).push(started);
  await run(
    join(bin, 'pg_ctl'),
    ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', settings, 'start'],
    options,
  );
  announce(project, { adminUrl: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres` });
}

/** Stops every cluster started in this run and deletes its folder. */
export async function stopClusters() {
  for (const started of globalThis.__TANDEM_OTHER_CLUSTERS__?.splice(0) ?? []) {
    await run(
      join(started.bin, 'pg_ctl'),
      ['-D', started.data, '-m', 'fast', '-w', 'stop'],
      started.options,
    ).catch(() => undefined);
    await rm(started.dir, { recursive: true, force: true });
  }
}

/** Workers inherit the environment jest has after its global setups. */
function announce(project, cluster) {
  const all = JSON.parse(process.env[ANNOUNCED] ?? '{}');
  process.env[ANNOUNCED] = JSON.stringify({ ...all, [project]: cluster });
}

/** Runs `postgres --version`, which fails too when the server misses a shared library. */
async function whyUnusable(bin) {
  return run(join(bin, 'postgres'), ['--version']).then(
    () => undefined,
    (error) => String(error.stderr ?? '').trim() || error.message,
  );
}

/** PostgreSQL refuses to run as root. */
async function postgresUser() {
  if (process.getuid?.() !== 0) return undefined;
  const id = async (flag) => {
    const found = await run('id', [flag, 'postgres']).catch(() => {
      throw new Error(
        'As root, PostgreSQL runs as the `postgres` OS user, which does not exist: ' +
          '`apt-get install postgresql` creates it (or run the tests as another user).',
      );
    });
    return Number(found.stdout.trim());
  };
  return { uid: await id('-u'), gid: await id('-g') };
}

/** The postgres user must pass through every folder above the binaries (e.g. node_modules). */
async function makeTraversable(folder) {
  for (let dir = folder; dir !== dirname(dir); dir = dirname(dir)) {
    const mode = (await stat(dir)).mode;
    if ((mode & 0o001) === 0) await chmod(dir, mode | 0o011);
  }
}
