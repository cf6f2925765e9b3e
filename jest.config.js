/**
 * One jest run for the whole product, so `npm test` reports every suite together.
 * Each workspace keeps its own config (environment, transform, global setup).
 * @type {import('jest').Config}
 */
module.exports = {
  projects: [
    '<rootDir>/shared',
    '<rootDir>/server',
    // The server's integration suites again, on Debian's PostgreSQL and on 17 (production's).
    '<rootDir>/server/test/other-postgres/postgresql-debian.config.js',
    '<rootDir>/server/test/other-postgres/postgresql-17.config.js',
    '<rootDir>/client',
    '<rootDir>/tests',
    '<rootDir>/bench',
    '<rootDir>/tests/load',
  ],
  // Project configs cannot set this; journeys in Chromium on two busy cores need room.
  testTimeout: 90_000,
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.js'],
};
