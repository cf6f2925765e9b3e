import { execFile } from 'node:child_process';
import { chmod, chown, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const require = createRequire(import.meta.url);
const run = promisify(execFile);
const PASSWORD = 'tandem-debian-test-only';

/**
 * Starts a throw-away cluster of Debian's PostgreSQL (initdb into a temporary folder, a
 * free port, stopped by the global teardown). As root it runs as the `postgres` OS user,
 * which the package creates. Missing: every suite of this project fails saying how to
 * install it, so nothing is skipped quietly.
 */
export default async function globalSetup() {
  const bin = await debianBinaries();
  if (!bin) {
    process.env.TEST_DEBIAN_PG_ERROR =
      "Debian's PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/postgres). The " +
      "postgresql-debian project runs the API's integration suites on it: install it with " +
      '`apt-get install postgresql` (.ci/run does so when it is missing).';
    return;
  }
  const { freePort } = require('../../dist/database/embedded/embedded-postgres.js');
  const dir = await mkdtemp(join(tmpdir(), 'tandem-debian-pg-'));
  await chmod(dir, 0o755);
  const asUser = await postgresUser();
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
  await run(
    join(bin, 'pg_ctl'),
    ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', settings, 'start'],
    options,
  );
  const { stdout } = await run(join(bin, 'postgres'), ['--version']);
  globalThis.__TANDEM_DEBIAN_CLUSTER__ = { bin, data, dir, options };
  process.env.TEST_DEBIAN_ADMIN_URL = `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`;
  process.env.TEST_DEBIAN_PG_VERSION = stdout.trim();
}

/** The newest major installed under /usr/lib/postgresql. */
async function debianBinaries() {
  const root = '/usr/lib/postgresql';
  const majors = await readdir(root).catch(() => []);
  for (const major of majors
    .map(Number)
    .filter(Number.isInteger)
    .sort((a, b) => b - a)) {
    const bin = join(root, String(major), 'bin');
    const found = await run(join(bin, 'postgres'), ['--version']).then(
      () => true,
      () => false,
    );
    if (found) return bin;
  }
  return undefined;
}

/** PostgreSQL refuses to run as root. */
async function postgresUser() {
  if (process.getuid?.() !== 0) return undefined;
  const id = async (flag) => Number((await run('id', [flag, 'postgres'])).stdout.trim());
  return { uid: await id('-u'), gid: await id('-g') };
}
