import { Client } from 'pg';
import { DEMO_CLINICS } from '../src/demo/demo-clinics';
import { createTestDatabase, TestDatabase } from './database';

const [RIVERBEND, HARBOR] = DEMO_CLINICS;

/** The database itself keeps clinics apart, whatever the application code asks for. */
describe('row-level security for the application role', () => {
  let database: TestDatabase;
  let app: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = new Client({ connectionString: database.appUrl });
    await app.connect();
  });
  afterAll(async () => {
    await app.end();
    await database.drop();
  });

  async function asClinic<T>(clinicId: string, work: () => Promise<T>): Promise<T> {
    await app.query('BEGIN');
    try {
      await app.query("SELECT set_config('app.clinic_id', $1, true)", [clinicId]);
      return await work();
    } finally {
      await app.query('ROLLBACK');
    }
  }

  it('owns no tables and cannot bypass row-level security', async () => {
    const { rows } = await app.query(
      `SELECT rolsuper, rolbypassrls,
              (SELECT count(*)::int FROM pg_tables WHERE tableowner = current_user) AS owned
         FROM pg_roles WHERE rolname = current_user`,
    );
    expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, owned: 0 });
  });

  it('sees only the current clinic, even with no filter in the query', async () => {
    const users = await asClinic(HARBOR.id, () =>
      app.query('SELECT DISTINCT clinic_id FROM app_user'),
    );
    expect(users.rows).toEqual([{ clinic_id: HARBOR.id }]);
    const couples = await asClinic(RIVERBEND.id, () =>
      app.query('SELECT count(*)::int AS n FROM couple'),
    );
    expect(couples.rows[0].n).toBe(RIVERBEND.couples.length);
  });

  it('sees nothing at all outside a clinic transaction', async () => {
    const { rows } = await app.query('SELECT count(*)::int AS n FROM app_user');
    expect(rows[0].n).toBe(0);
  });

  it('cannot write a row into another clinic', async () => {
    await expect(
      asClinic(RIVERBEND.id, () =>
        app.query(
          `INSERT INTO couple (clinic_id, name, in_care_since, version) VALUES ($1, 'Intruders', now(), 1)`,
          [HARBOR.id],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('cannot point a child row at a parent of another clinic', async () => {
    const owner = new Client({ connectionString: database.ownerUrl });
    await owner.connect();
    try {
      const { rows } = await owner.query(
        `SELECT (SELECT id FROM couple WHERE clinic_id = $1 LIMIT 1) AS couple,
                (SELECT id FROM app_user WHERE clinic_id = $2 AND role = 'COUNSELOR' LIMIT 1) AS counselor`,
        [RIVERBEND.id, HARBOR.id],
      );
      // Even the owner, who bypasses the policies, is stopped by the composite foreign key.
      await expect(
        owner.query(
          `INSERT INTO care_team_member (couple_id, counselor_id, clinic_id) VALUES ($1, $2, $3)`,
          [rows[0].couple, rows[0].counselor, RIVERBEND.id],
        ),
      ).rejects.toThrow(/care_team_member_counselor_fk/);
    } finally {
      await owner.end();
    }
  });

  it('forgets the clinic when the transaction ends, so a pooled connection carries nothing over', async () => {
    await asClinic(RIVERBEND.id, async () => undefined);
    const { rows } = await app.query("SELECT current_setting('app.clinic_id', true) AS clinic");
    expect(rows[0].clinic ?? '').toBe('');
  });

  it('walls off every table with a clinic column, and every table the application role can reach', async () => {
    const owner = new Client({ connectionString: database.ownerUrl });
    await owner.connect();
    try {
      const { rows } = await owner.query(
        `SELECT c.relname AS "table",
                EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid
                           AND a.attname = 'clinic_id' AND NOT a.attisdropped) AS "hasClinic",
                has_table_privilege('tandem_app', c.oid, 'SELECT, INSERT, UPDATE, DELETE') AS "appReaches",
                c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
                (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
          ORDER BY 1`,
      );
      const walled = rows.filter((row) => row.hasClinic || row.appReaches);
      // Every clinical table so far, so a table dropped from this list would show too.
      expect(walled.length).toBeGreaterThanOrEqual(18);
      expect(
        walled
          .filter((row) => !row.enabled || !row.forced || row.policies === 0)
          .map((row) => row.table),
      ).toEqual([]);
    } finally {
      await owner.end();
    }
  });
});
