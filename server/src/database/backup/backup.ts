import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { findPgTool, runPgTool, serverVersion } from './pg-tools';

export interface BackupResult {
  file: string;
  bytes: number;
  milliseconds: number;
  /** The server's version, e.g. "15.18". */
  serverVersion: string;
  pgDump: string;
}

/**
 * A whole-database dump in pg_dump's custom format (compressed; pg_restore can restore it
 * selectively): schema, row-level security, policies, grants and every row, taken in one
 * consistent snapshot while the API keeps serving. Roles are not part of a database: the
 * restore recreates the application role.
 */
export async function backupDatabase(ownerUrl: string, file: string): Promise<BackupResult> {
  const started = Date.now();
  const server = await serverVersion(ownerUrl);
  const pgDump = await findPgTool('pg_dump', server);
  await mkdir(dirname(file), { recursive: true });
  // Written aside and renamed, so an interrupted dump never looks like a backup.
  const partial = `${file}.partial`;
  try {
    await runPgTool(pgDump, ownerUrl, ['--format=custom', '--no-password', `--file=${partial}`]);
    await rename(partial, file);
  } finally {
    await rm(partial, { force: true });
  }
  return {
    file,
    bytes: (await stat(file)).size,
    milliseconds: Date.now() - started,
    serverVersion: server.version,
    pgDump,
  };
}
