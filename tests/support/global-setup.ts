import { relative } from 'node:path';
import { REPO_ROOT, SERVER_LOG } from './paths';
import { SERVER_KEY, startServer, waitUntilReady } from './server';

/**
 * Starts one Tandem server for the whole e2e run and hands its address to the suites as
 * E2E_BASE_URL (jest starts its workers after this, with this environment). When
 * E2E_BASE_URL is already set, the journeys use that server instead.
 *
 * If the server cannot start, the reason is printed here once and every e2e test fails with
 * it (through E2E_SETUP_ERROR), rather than aborting the whole run: the other workspaces'
 * suites still report and the run still ends with its `N passed, N failed` line.
 */
export default async function globalSetup(): Promise<void> {
  delete process.env.E2E_SETUP_ERROR;
  const given = process.env.E2E_BASE_URL;
  const started = Date.now();
  try {
    if (given) {
      await waitUntilReady(given.replace(/\/+$/, ''));
      return;
    }
    const server = await startServer();
    (globalThis as Record<symbol, unknown>)[SERVER_KEY] = server;
    process.env.E2E_BASE_URL = server.url;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stderr.write(
      `e2e: Tandem server ready at ${server.url} in ${seconds} s ` +
        `(log: ${relative(REPO_ROOT, SERVER_LOG)})\n`,
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const details = given ? '' : ` (details: ${relative(REPO_ROOT, SERVER_LOG)})`;
    process.env.E2E_SETUP_ERROR = `${message.split('\n')[0]}${details}`;
    process.stderr.write(`\ne2e: no server to test, so every e2e test will fail.\n${message}\n\n`);
  }
}
