import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  appDatabaseUrl,
  ensureDatabase,
  migrateDatabase,
  PasswordHasher,
  startEmbeddedCluster,
} from '@tandem/server/testing';
import { Client } from 'pg';
import {
  BENCH_CLIENT_EMAIL,
  BENCH_PASSWORD,
  generateNetwork,
  type NetworkSummary,
  type Scale,
} from './generate';

const DATABASE = 'tandem_bench';
/** Set on the application role at every migration; the bench server signs in with it. */
export const BENCH_APP_PASSWORD = 'tandem-bench-app-only';

export interface BenchDatabase {
  ownerUrl: string;
  appUrl: string;
  appPassword: string;
  /** Whether pg_stat_statements can count the statements of a request. */
  countsStatements: boolean;
  /** The load time of the network, or null when an existing one was reused. */
  generatedInSeconds: number | null;
  network: NetworkFacts;
  close(): Promise<void>;
}

/** The people and couples the benchmark signs in as and reads, found in the database. */
export interface NetworkFacts {
  counselors: Array<{ email: string; couples: number }>;
  client: { email: string; coupleId: string; months: number };
  scoreRows: number;
  submissionRows: number;
  couples: number;
}

/**
 * A migrated database holding a bench network: the given one (DATABASE_URL, the owner
 * connection; a network already in it is reused), or a fresh embedded PostgreSQL with
 * pg_stat_statements loaded so statements per request can be counted.
 */
export async function openBenchDatabase(options: {
  url?: string;
  scale: Scale;
  log: (line: string) => void;
}): Promise<BenchDatabase> {
  const { log } = options;
  let ownerUrl = options.url;
  let stopCluster = async (): Promise<void> => undefined;
  if (!ownerUrl) {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-bench-'));
    // Embedded PostgreSQL run as root needs every parent folder traversable.
    await chmod(dir, 0o755);
    const cluster = await startEmbeddedCluster(join(dir, 'pgdata'), log, {
      settings: {
        shared_preload_libraries: 'pg_stat_statements',
        'pg_stat_statements.track': 'top',
      },
    });
    await ensureDatabase(cluster, DATABASE);
    ownerUrl = cluster.urlFor(DATABASE);
    // The network is a few GB at the default scale: gone with the run.
    stopCluster = async () => {
      await cluster.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  try {
    await migrateDatabase(ownerUrl, BENCH_APP_PASSWORD, { log: () => undefined });
    const countsStatements = await withClient(ownerUrl, (owner) =>
      owner.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements').then(
        () => owner.query('SELECT 1 FROM pg_stat_statements LIMIT 1').then(() => true),
        () => false,
      ),
    );
    let generatedInSeconds: number | null = null;
    if (!(await hasNetwork(ownerUrl))) {
      log(`Generating the network ${JSON.stringify(options.scale)}`);
      const summary: NetworkSummary = await generateNetwork(ownerUrl, options.scale, log, {
        passwordHash: await new PasswordHasher().hash(BENCH_PASSWORD),
      });
      generatedInSeconds = summary.seconds;
    } else {
      log('Reusing the bench network already in the database');
    }
    return {
      ownerUrl,
      appUrl: appDatabaseUrl(ownerUrl, BENCH_APP_PASSWORD),
      appPassword: BENCH_APP_PASSWORD,
      countsStatements,
      generatedInSeconds,
      network: await describeNetwork(ownerUrl),
      close: stopCluster,
    };
  } catch (error) {
    await stopCluster();
    throw error;
  }
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>) {
  const client = new Client({ connectionString: url, application_name: 'tandem-bench' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function hasNetwork(ownerUrl: string): Promise<boolean> {
  return withClient(ownerUrl, async (owner) => {
    const { rows } = await owner.query('SELECT 1 FROM app_user WHERE email = $1', [
      BENCH_CLIENT_EMAIL,
    ]);
    return rows.length > 0;
  });
}

function describeNetwork(ownerUrl: string): Promise<NetworkFacts> {
  return withClient(ownerUrl, async (owner) => {
    const counselors = await owner.query<{ email: string; couples: number }>(
      `SELECT u.email, count(*)::int AS couples
         FROM app_user u JOIN care_team_member t ON t.counselor_id = u.id
        WHERE u.email LIKE 'bench.counselor.%' GROUP BY u.email ORDER BY couples`,
    );
    const client = await owner.query<{ coupleId: string; months: number }>(
      `SELECT p.couple_id AS "coupleId",
              round(extract(epoch FROM now() - min(s.taken_at)) / (86400 * 30.44))::int AS months
         FROM app_user u JOIN couple_partner p ON p.client_id = u.id
         JOIN checkin_score s ON s.couple_id = p.couple_id
        WHERE u.email = $1 GROUP BY p.couple_id`,
      [BENCH_CLIENT_EMAIL],
    );
    const { rows: counts } = await owner.query<{
      scoreRows: number;
      submissionRows: number;
      couples: number;
    }>(
      `SELECT (SELECT count(*)::int FROM checkin_score) AS "scoreRows",
              (SELECT count(*)::int FROM submission) AS "submissionRows",
              (SELECT count(*)::int FROM couple) AS couples`,
    );
    if (!client.rows[0]) throw new Error('The bench client has no couple with check-ins');
    return {
      counselors: counselors.rows,
      client: { email: BENCH_CLIENT_EMAIL, ...client.rows[0] },
      ...counts[0],
    };
  });
}
