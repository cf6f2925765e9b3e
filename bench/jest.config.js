/**
 * The benchmark's quick run, so the harness cannot rot: it starts its own embedded
 * PostgreSQL and server from the builds (npm test builds them first) and checks that every
 * figure was produced. Figures are never asserted against aims here; see docs/performance.md.
 * @type {import('jest').Config}
 */
module.exports = {
  displayName: 'bench',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
};
