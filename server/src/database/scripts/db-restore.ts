import { resolve } from 'node:path';
import { Client } from 'pg';
import { loadEnvironment } from '../../config/environment';
import { backupDatabase } from '../backup/backup';
import { backupFileName } from '../backup/backup-file-name';
import { defaultBackupDir, openBackupTarget } from '../backup/backup-target';
import { assertAlone, restoreDatabase } from '../backup/restore';

const USAGE = 'Usage: npm run db:restore -- <file> [--skip-safety-backup]';

/**
 * `npm run db:restore -- <file>`: replaces DATABASE_URL's database (or the embedded one,
 * made if missing) with a backup. The servers must be stopped. What was there is first
 * saved to .tandem/backups/before-restore-….dump unless --skip-safety-backup.
 */
async function main() {
  const args = process.argv.slice(2);
  const skipSafetyBackup = args.includes('--skip-safety-backup');
  const files = args.filter((arg) => !arg.startsWith('--'));
  if (files.length !== 1 || args.length - files.length > Number(skipSafetyBackup)) {
    throw new Error(USAGE);
  }
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), files[0]);
  const environment = loadEnvironment(process.env);
  const log = (line: string) => console.warn(line);
  const target = await openBackupTarget(environment, { create: true, log });
  try {
    await assertAlone(target.ownerUrl);
    if (!skipSafetyBackup && (await hasTandemSchema(target.ownerUrl))) {
      const safety = resolve(defaultBackupDir(environment), backupFileName('before-restore'));
      await backupDatabase(target.ownerUrl, safety);
      log(`Saved what ${target.description} held to ${safety} first.`);
    }
    const result = await restoreDatabase(target.ownerUrl, file, {
      appPassword: target.appPassword,
    });
    log(
      `Restored ${target.description} (PostgreSQL ${result.serverVersion}) from ${file}, ` +
        `a backup of PostgreSQL ${result.dumpedFrom}, in ` +
        `${(result.milliseconds / 1000).toFixed(1)} s with ${result.pgRestore}. ` +
        'The next start applies any migrations newer than the backup.',
    );
  } finally {
    await target.close();
  }
}

async function hasTandemSchema(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ found: boolean }>(
      "SELECT to_regclass('public.schema_migration') IS NOT NULL AS found",
    );
    return rows[0].found;
  } finally {
    await client.end();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
