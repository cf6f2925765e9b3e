import { Client } from 'pg';
import { createDataSource } from '../src/database/data-source';
import { migrateDatabase } from '../src/database/migrate';
import { createTestDatabase, TEST_APP_PASSWORD, TestDatabase } from './database';

describe('migrations', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ demo: false });
  });
  afterAll(() => database.drop());

  it('leave nothing for the entities to change (no drift)', async () => {
    const owner = await createDataSource(database.ownerUrl, 'owner').initialize();
    try {
      const pending = await owner.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await owner.destroy();
    }
  });

  it('are safe to run again, and from two replicas at once', async () => {
    const log = jest.fn();
    await Promise.all([
      migrateDatabase(database.ownerUrl, TEST_APP_PASSWORD, { log }),
      migrateDatabase(database.ownerUrl, TEST_APP_PASSWORD, { log }),
    ]);
    expect(log).not.toHaveBeenCalled();
  });

  it('wall off every table that has a clinic with forced row-level security', async () => {
    const client = new Client({ connectionString: database.ownerUrl });
    await client.connect();
    try {
      const { rows } = await client.query(`
        SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
               (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND c.relkind = 'r'
           AND (c.relname = 'clinic' OR EXISTS (
                SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'clinic_id' AND NOT a.attisdropped))
         ORDER BY 1`);
      expect(rows.map((row) => row.table)).toEqual(
        expect.arrayContaining([
          'app_user',
          'care_team_member',
          'clinic',
          'couple',
          'couple_partner',
          'user_session',
        ]),
      );
      for (const row of rows)
        expect(row).toEqual({ table: row.table, enabled: true, forced: true, policies: 1 });
    } finally {
      await client.end();
    }
  });
});
