const { resolve } = require('node:path');
const server = require('../../jest.config.js');

/**
 * The API's integration suites that run again on each other PostgreSQL server. A
 * representative set, 100–135 s on two shared cores: the schema and its wall, every operation
 * for every actor, the clinical SQL (check-ins, episodes, trends, caseload, safety, notes),
 * sign-in, LISTEN/NOTIFY and subscriptions, pg-boss jobs, query limits, and backup (only where
 * a pg_dump of the server's own major is installed: see postgresql-17.config.js). Left out:
 * pool-isolation (65 s of pool interleaving that does not depend on the server), fuzz, and the
 * suites of accounts, couples, invitations and assignments, which run the same kinds of
 * statement as those kept.
 */
const SUITES = [
  'migrations',
  'tenant-wall',
  'tenant-wall-http',
  'authorization-matrix',
  'auth',
  'checkins',
  'episodes',
  'trends',
  'caseload',
  'safety',
  'notes',
  'live',
  'reminders',
  'hardening',
  'backup',
];

/**
 * A jest project running SUITES (less `without`) on the throw-away cluster that
 * `<name>.setup.mjs` starts, reached only through a URL as production reaches its server.
 * @returns {import('jest').Config}
 */
function otherPostgresProject(name, { without = [] } = {}) {
  const unknown = without.filter((suite) => !SUITES.includes(suite));
  if (unknown.length > 0) throw new Error(`${name} leaves out unknown suites: ${unknown}`);
  return {
    ...server,
    displayName: name,
    rootDir: resolve(__dirname, '../..'),
    testMatch: SUITES.filter((suite) => !without.includes(suite)).map(
      (suite) => `<rootDir>/test/${suite}.spec.ts`,
    ),
    // Jest runs a global setup file once per run however many projects name it: one each.
    globalSetup: `<rootDir>/test/other-postgres/${name}.setup.mjs`,
    globalTeardown: '<rootDir>/test/other-postgres/global-teardown.mjs',
    setupFiles: ['<rootDir>/test/other-postgres/use-cluster.js'],
    globals: { TANDEM_POSTGRES_PROJECT: name },
  };
}

module.exports = { otherPostgresProject };
