/**
 * End-to-end journeys: the built server (server/dist) serving the built client (client/dist)
 * on a fresh embedded PostgreSQL with the demo clinic, driven over HTTP and in Chromium.
 *
 * The global setup starts one server for the whole run and hands its address to the suites
 * as E2E_BASE_URL; set E2E_BASE_URL yourself to run the journeys against a server you started.
 * @type {import('jest').Config}
 */
module.exports = {
  displayName: 'e2e',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/e2e/**/*.e2e.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
  setupFilesAfterEnv: ['<rootDir>/support/jest-setup.ts'],
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
  slowTestThreshold: 30,
};
