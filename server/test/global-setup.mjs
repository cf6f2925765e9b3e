import { chmod, mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * One PostgreSQL for the whole run: the embedded cluster (the same launcher `npm start`
 * uses), or the server in DATABASE_URL when set. Suites each create their own database in it.
 */
export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.TEST_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  const { startEmbeddedCluster } = require('../dist/database/embedded/embedded-postgres.js');
  const dir = await mkdtemp(join(tmpdir(), 'tandem-test-'));
  await chmod(dir, 0o755);
  const cluster = await startEmbeddedCluster(join(dir, 'pgdata'), () => undefined);
  globalThis.__TANDEM_TEST_CLUSTER__ = { cluster, dir };
  process.env.TEST_ADMIN_URL = cluster.urlFor('postgres');
}
