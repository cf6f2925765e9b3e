import { resolve } from 'node:path';
import { loadEnvironment } from '../../config/environment';
import { backupDatabase } from '../backup/backup';
import { backupFileName } from '../backup/backup-file-name';
import { defaultBackupDir, openBackupTarget } from '../backup/backup-target';

/**
 * `npm run db:backup [file]`: a pg_dump (custom format) of DATABASE_URL's database or of the
 * embedded one, by default into .tandem/backups/. Safe while the server runs.
 */
async function main() {
  const environment = loadEnvironment(process.env);
  const log = (line: string) => console.warn(line);
  const [named] = process.argv.slice(2);
  // npm runs workspace scripts in server/; a relative name means where the command was typed.
  const file = named
    ? resolve(process.env.INIT_CWD ?? process.cwd(), named)
    : resolve(defaultBackupDir(environment), backupFileName('tandem'));
  const target = await openBackupTarget(environment, { create: false, log });
  try {
    const result = await backupDatabase(target.ownerUrl, file);
    log(
      `Backed up ${target.description} (PostgreSQL ${result.serverVersion}) to ${result.file}: ` +
        `${(result.bytes / 1e6).toFixed(2)} MB in ${(result.milliseconds / 1000).toFixed(1)} s ` +
        `with ${result.pgDump}.`,
    );
  } finally {
    await target.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
