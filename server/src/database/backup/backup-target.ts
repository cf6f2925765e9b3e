import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Environment } from '../../config/environment';
import { runningEmbeddedCluster } from '../embedded/embedded-postgres';
import {
  DEFAULT_DATA_DIR,
  EMBEDDED_DATABASE,
  LOCAL_APP_PASSWORD,
  provisionDatabase,
} from '../provision';

type Settings = Pick<Environment, 'DATABASE_URL' | 'APP_DATABASE_PASSWORD' | 'TANDEM_DATA_DIR'>;

export interface BackupTarget {
  ownerUrl: string;
  appPassword: string;
  /** Where the database is, for messages: never the password. */
  description: string;
  /** Stops the embedded PostgreSQL if this process started it. */
  close(): Promise<void>;
}

/** Where backups go by default: beside the embedded data, which .gitignore leaves out. */
export function defaultBackupDir(settings: Pick<Environment, 'TANDEM_DATA_DIR'>): string {
  return resolve(settings.TANDEM_DATA_DIR ?? DEFAULT_DATA_DIR, 'backups');
}

/**
 * The database the server would use: DATABASE_URL's, or the embedded one. An embedded
 * cluster that a running server already serves is used as it is (starting a second one on
 * the same folder would stop the first); otherwise it is started for the job and stopped.
 */
export async function openBackupTarget(
  settings: Settings,
  options: { create: boolean; log: (line: string) => void },
): Promise<BackupTarget> {
  const appPassword = settings.APP_DATABASE_PASSWORD ?? LOCAL_APP_PASSWORD;
  if (settings.DATABASE_URL) {
    const url = new URL(settings.DATABASE_URL);
    return {
      ownerUrl: settings.DATABASE_URL,
      appPassword,
      description: `database ${url.pathname.slice(1)} on ${url.host}`,
      close: async () => undefined,
    };
  }
  const dataDir = resolve(settings.TANDEM_DATA_DIR ?? DEFAULT_DATA_DIR, 'pgdata');
  const running = await runningEmbeddedCluster(dataDir);
  if (running) {
    return {
      ownerUrl: running.urlFor(EMBEDDED_DATABASE),
      appPassword,
      description: `the running embedded database in ${dataDir}`,
      close: async () => undefined,
    };
  }
  const made = await stat(resolve(dataDir, 'PG_VERSION')).then(
    () => true,
    () => false,
  );
  if (!made && !options.create) {
    throw new Error(
      `There is no embedded database in ${dataDir} yet: start Tandem once (npm start), ` +
        'or set DATABASE_URL to back up another server.',
    );
  }
  const database = await provisionDatabase(settings, options.log);
  return {
    ownerUrl: database.ownerUrl,
    appPassword: database.appPassword,
    description: `the embedded database in ${dataDir}`,
    close: async () => database.embedded?.stop(),
  };
}
