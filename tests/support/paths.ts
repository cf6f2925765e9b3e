import { resolve } from 'node:path';

/** The monorepo root: the server runs from here, as `npm start` would. */
export const REPO_ROOT = resolve(__dirname, '../..');

/** Screenshots and the server log, kept by CI as artifacts (gitignored). */
export const ARTIFACTS_DIR = resolve(REPO_ROOT, 'test-artifacts/e2e');

export const SERVER_LOG = resolve(ARTIFACTS_DIR, 'server.log');

/** The address of the server under test, set by the global setup (or by you). */
export function baseUrl(): string {
  const setupError = process.env.E2E_SETUP_ERROR;
  if (setupError) throw new Error(`The e2e server did not start: ${setupError}`);
  const url = process.env.E2E_BASE_URL;
  if (!url) {
    throw new Error(
      'E2E_BASE_URL is not set: run the journeys through jest (its global setup starts the server)',
    );
  }
  return url.replace(/\/+$/, '');
}
