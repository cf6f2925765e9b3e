import { SERVER_KEY, stopServer, type RunningServer } from './server';

/** Stops the server the global setup started (not one given through E2E_BASE_URL). */
export default async function globalTeardown(): Promise<void> {
  delete process.env.E2E_SETUP_ERROR;
  const registry = globalThis as Record<symbol, RunningServer | undefined>;
  const server = registry[SERVER_KEY];
  if (!server) return;
  delete registry[SERVER_KEY];
  delete process.env.E2E_BASE_URL;
  await stopServer(server);
}
