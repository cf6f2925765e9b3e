import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startCluster } from './cluster.mjs';

/** Debian's own PostgreSQL, the newest major installed under /usr/lib/postgresql. */
export default async function globalSetup() {
  await startCluster(
    'postgresql-debian',
    await newestDebianBinaries(),
    "Debian's PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/postgres that runs). " +
      "The postgresql-debian project runs the API's integration suites on it: install it with " +
      '`apt-get install postgresql` (.ci/run does so when it is missing)',
  );
}

async function newestDebianBinaries() {
  const root = '/usr/lib/postgresql';
  const majors = await readdir(root).catch(() => []);
  for (const major of majors
    .map(Number)
    .filter(Number.isInteger)
    .sort((a, b) => b - a)) {
    const bin = join(root, String(major), 'bin');
    const runs = await promisify(execFile)(join(bin, 'postgres'), ['--version']).then(
      () => true,
      () => false,
    );
    if (runs) return bin;
  }
  return undefined;
}
