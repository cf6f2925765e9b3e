const { resolve } = require('node:path');
const server = require('../../jest.config.js');

/**
 * The API's integration suites again, on Debian's own PostgreSQL (the `postgresql` package,
 * the major version a clinic's Debian server runs), started throw-away for the run. The
 * embedded server is zonky's build started by our launcher; this one is the distribution's
 * build (with LLVM JIT, which the embedded one lacks, and the system's ICU and OpenSSL),
 * reached only through a URL as production reaches its server. A representative set, 100–135 s
 * on two cores: the schema and its wall, every operation for every actor, the clinical SQL
 * (check-ins, episodes, trends, caseload, safety, notes), sign-in, LISTEN/NOTIFY and
 * subscriptions, pg-boss jobs, query limits, and backup. Left out: pool-isolation (65 s of
 * pool interleaving that does not depend on the server), fuzz, and the suites of accounts,
 * couples, invitations and assignments, which run the same kinds of statement as those kept.
 * @type {import('jest').Config}
 */
module.exports = {
  ...server,
  displayName: 'postgresql-debian',
  rootDir: resolve(__dirname, '../..'),
  testMatch: [
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
  ].map((name) => `<rootDir>/test/${name}.spec.ts`),
  globalSetup: '<rootDir>/test/debian-postgres/global-setup.mjs',
  globalTeardown: '<rootDir>/test/debian-postgres/global-teardown.mjs',
  setupFiles: ['<rootDir>/test/debian-postgres/use-cluster.js'],
};
