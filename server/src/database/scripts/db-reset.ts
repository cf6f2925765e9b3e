import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadEnvironment } from '../../config/environment';
import { DEFAULT_DATA_DIR } from '../provision';

/**
 * Deletes the embedded PostgreSQL's data folder; the next `npm start` creates it anew,
 * with the demo clinics. Refuses when DATABASE_URL points at another server.
 */
async function main() {
  const environment = loadEnvironment(process.env);
  if (environment.DATABASE_URL) {
    throw new Error('DATABASE_URL is set: db:reset only recreates the embedded database.');
  }
  const dataDir = resolve(environment.TANDEM_DATA_DIR ?? DEFAULT_DATA_DIR, 'pgdata');
  await rm(dataDir, { recursive: true, force: true });
  console.warn(
    `Removed ${dataDir}. The next start creates a fresh database with the demo clinics.`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
