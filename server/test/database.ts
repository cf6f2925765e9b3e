import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { appDatabaseUrl } from '../src/database/data-source';
import { migrateDatabase } from '../src/database/migrate';
import { seedDemoClinics } from '../src/demo/seed-demo';

export const TEST_APP_PASSWORD = 'tandem-app-test-only';

export interface TestDatabase {
  name: string;
  ownerUrl: string;
  appUrl: string;
  appPassword: string;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.TEST_ADMIN_URL;
  if (!url) throw new Error('TEST_ADMIN_URL is not set: run the tests through jest (global setup)');
  return url;
}

async function asAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database for one suite, with the demo clinics unless told otherwise. */
export async function createTestDatabase(options: { demo?: boolean } = {}): Promise<TestDatabase> {
  const name = `tandem_test_${randomBytes(6).toString('hex')}`;
  await asAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  const owner = new URL(adminUrl());
  owner.pathname = `/${name}`;
  const ownerUrl = owner.toString();
  await migrateDatabase(ownerUrl, TEST_APP_PASSWORD, {
    log: () => undefined,
    afterMigrations:
      options.demo === false ? undefined : (ds) => seedDemoClinics(ds, () => undefined),
  });
  return {
    name,
    ownerUrl,
    appUrl: appDatabaseUrl(ownerUrl, TEST_APP_PASSWORD),
    appPassword: TEST_APP_PASSWORD,
    drop: () =>
      asAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}
