/**
 * One jest run for the whole product, so `npm test` reports every suite together.
 * Each workspace keeps its own config (environment, transform, global setup).
 * @type {import('jest').Config}
 */
module.exports = {
  projects: ['<rootDir>/shared', '<rootDir>/server', '<rootDir>/client', '<rootDir>/tests'],
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.js'],
};
