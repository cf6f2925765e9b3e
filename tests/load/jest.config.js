/**
 * Load and faults: hundreds of simulated clients submitting exercises and check-ins with
 * retries and duplicates against API processes on a throw-away PostgreSQL, while PostgreSQL is
 * killed and restarted, a replica is killed, and an API is stopped with SIGTERM. Bounded in
 * `npm test` (LOAD_CLIENTS, default 60); `npm run test:load` runs the full size.
 * @type {import('jest').Config}
 */
module.exports = {
  displayName: 'load',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.load.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: { '^@tandem/shared$': '<rootDir>/../../shared/src' },
};
