// jest reads `testTimeout` only from the root (global) config, so under the root config's
// `projects` the value in tests/jest.config.js alone would be ignored; set it per test file.
jest.setTimeout(90_000);
