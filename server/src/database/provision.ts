import { resolve } from 'node:path';
import type { Environment } from '../config/environment';
import { appDatabaseUrl } from './data-source';
import {
  EmbeddedCluster,
  ensureDatabase,
  startEmbeddedCluster,
} from './embedded/embedded-postgres';

export const REPO_ROOT = resolve(__dirname, '../../..');
export const DEFAULT_DATA_DIR = resolve(REPO_ROOT, '.tandem');
export const EMBEDDED_DATABASE = 'tandem';
/** Only ever used for the local embedded cluster; production must set its own. */
export const LOCAL_APP_PASSWORD = 'tandem-app-local-only';

export interface ProvisionedDatabase {
  ownerUrl: string;
  appUrl: string;
  appPassword: string;
  /** Set when this process started PostgreSQL itself and must stop it. */
  embedded?: EmbeddedCluster;
}

type DatabaseSettings = Pick<
  Environment,
  'DATABASE_URL' | 'APP_DATABASE_PASSWORD' | 'TANDEM_DATA_DIR'
>;

/** With DATABASE_URL, that server; without it, an embedded PostgreSQL in a local folder. */
export async function provisionDatabase(
  settings: DatabaseSettings,
  log: (line: string) => void,
): Promise<ProvisionedDatabase> {
  const appPassword = settings.APP_DATABASE_PASSWORD ?? LOCAL_APP_PASSWORD;
  if (settings.DATABASE_URL) {
    return {
      ownerUrl: settings.DATABASE_URL,
      appUrl: appDatabaseUrl(settings.DATABASE_URL, appPassword),
      appPassword,
    };
  }
  const dataDir = resolve(settings.TANDEM_DATA_DIR ?? DEFAULT_DATA_DIR, 'pgdata');
  const embedded = await startEmbeddedCluster(dataDir, log);
  await ensureDatabase(embedded, EMBEDDED_DATABASE);
  const ownerUrl = embedded.urlFor(EMBEDDED_DATABASE);
  return { ownerUrl, appUrl: appDatabaseUrl(ownerUrl, appPassword), appPassword, embedded };
}
