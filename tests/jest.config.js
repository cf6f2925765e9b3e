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
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
  // A journey is a handful of browser steps, each with its own shorter timeout; 90 s leaves
  // room for a busy two-core CI machine that also runs the server and PostgreSQL. jest reads
  // `testTimeout` only from the root config, so under the root config's `projects` this line
  // alone would be ignored: support/jest-setup.ts sets the same value for every test file.
  testTimeout: 90_000,
  setupFilesAfterEnv: ['<rootDir>/support/jest-setup.ts'],
};
