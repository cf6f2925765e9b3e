import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { backupDatabase } from '../src/database/backup/backup';
import { findPgTool } from '../src/database/backup/pg-tools';
import { restoreDatabase, wipeDatabase } from '../src/database/backup/restore';
import { createDataSource } from '../src/database/data-source';
import { seedDemoCheckins } from '../src/demo/seed-demo-checkins';
import { seedDemoExercises } from '../src/demo/seed-demo-exercises';
import { seedDemoNotes } from '../src/demo/seed-demo-notes';
import { DEMO, graphql, signIn, startTestApp, TestApp } from './app';
import { createTestDatabase, TestDatabase } from './database';
import { morgansSubmission } from './exercise-fixtures';

type Agent = ReturnType<TestApp['browser']>;

const WRITE_NOTE = `mutation ($coupleId: ID!, $input: SessionNoteContentInput!) {
  writeSessionNote(coupleId: $coupleId, input: $input) { id version } }`;
const EDIT_NOTE = `mutation ($id: ID!, $v: Int!, $input: SessionNoteContentInput!) {
  editSessionNote(id: $id, expectedVersion: $v, input: $input) { id version } }`;
const NOTE_HISTORY = `query ($id: ID!) { sessionNoteHistory(id: $id) { version body editedByName } }`;
const SCHEDULE = `mutation ($input: ScheduleCheckinsInput!) { scheduleCheckins(input: $input) { id } }`;
const MY_CHECKINS = '{ myCheckins { items { id status } } }';
const CHECKIN = 'query ($id: ID!) { myCheckin(id: $id) { items { key } safetyItems { key } } }';
const SUBMIT_CHECKIN =
  'mutation ($input: SubmitCheckinInput!) { submitCheckin(input: $input) { id submittedAt } }';
const TRENDS = `query ($id: ID!) {
  coupleTrends(coupleId: $id) {
    coupleId episode { number startedAt }
    series { clientId displayName points { checkinId form key score takenAt } }
  }
}`;

interface TableState {
  rows: number;
  md5: string | null;
}

/** Every table of every schema (the app's and pg-boss's): its row count and an md5 of its rows. */
async function tableStates(client: Client): Promise<Record<string, TableState>> {
  const { rows: tables } = await client.query<{ schema: string; name: string }>(
    `SELECT schemaname AS schema, tablename AS name FROM pg_tables
      WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`,
  );
  const states: Record<string, TableState> = {};
  for (const { schema, name } of tables) {
    const table = `${client.escapeIdentifier(schema)}.${client.escapeIdentifier(name)}`;
    const { rows } = await client.query<{ rows: number; md5: string | null }>(
      `SELECT count(*)::int AS rows, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS md5 FROM ${table} t`,
    );
    states[`${schema}.${name}`] = rows[0];
  }
  return states;
}

/** What keeps clinics apart and the app role in its place: all of it comes back from the dump. */
async function securityState(client: Client) {
  const query = async (sql: string) => (await client.query(sql)).rows;
  return {
    rowLevelSecurity: await query(
      `SELECT n.nspname || '.' || c.relname AS name, c.relrowsecurity, c.relforcerowsecurity
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind = 'r' AND n.nspname = 'public' ORDER BY 1`,
    ),
    policies: await query(
      `SELECT tablename, policyname, permissive, roles::text, cmd, qual, with_check
         FROM pg_policies ORDER BY tablename, policyname`,
    ),
    tableGrants: await query(
      `SELECT table_schema, table_name, privilege_type FROM information_schema.role_table_grants
        WHERE grantee = 'tandem_app' ORDER BY 1, 2, 3`,
    ),
    columnGrants: await query(
      `SELECT table_name, column_name, privilege_type FROM information_schema.column_privileges
        WHERE grantee = 'tandem_app' ORDER BY 1, 2, 3`,
    ),
    schemas: await query(
      `SELECT nspname, pg_get_userbyid(nspowner) AS owner, nspacl::text AS acl
         FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'
        ORDER BY 1`,
    ),
    sequences: await query(
      `SELECT schemaname, sequencename, last_value FROM pg_sequences ORDER BY 1, 2`,
    ),
    databaseConnect: await query(
      `SELECT has_database_privilege('tandem_app', current_database(), 'CONNECT') AS connect`,
    ),
  };
}

async function withOwner<T>(database: TestDatabase, work: (client: Client) => Promise<T>) {
  const client = new Client({ connectionString: database.ownerUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('backup and restore (pg_dump and pg_restore of the server’s own version)', () => {
  let database: TestDatabase;
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'tandem-backup-'));
    // The demo as `npm start` loads it: clinics, exercise history, check-ins, notes.
    database = await createTestDatabase();
    const owner = await createDataSource(database.ownerUrl, 'owner').initialize();
    try {
      await seedDemoExercises(owner, () => undefined);
      await seedDemoCheckins(owner, () => undefined);
      await seedDemoNotes(owner, () => undefined);
    } finally {
      await owner.destroy();
    }
  });

  afterAll(async () => {
    await database?.drop();
    await rm(folder, { recursive: true, force: true });
  });

  it('brings back every row, audit record and note version, and the server serves them', async () => {
    // Writes through the API, each leaving audit records.
    const test = await startTestApp({}, database);
    let morgans: string;
    let noteId: string;
    let checkinId: string;
    let trendsBefore: unknown;
    try {
      const { coupleId } = await withOwner(database, (owner) => morgansSubmission(test, owner));
      morgans = coupleId;
      const maya = test.browser();
      await signIn(maya, DEMO.counselor);
      const written = await graphql<{ writeSessionNote: { id: string } }>(maya, WRITE_NOTE, {
        coupleId: morgans,
        input: { body: 'Backup drill: first version.', sessionAt: new Date().toISOString() },
      });
      expect(written.errors).toBeUndefined();
      noteId = written.data!.writeSessionNote.id;
      const edited = await graphql<{ editSessionNote: { version: number } }>(maya, EDIT_NOTE, {
        id: noteId,
        v: 1,
        input: { body: 'Backup drill: second version.', sessionAt: new Date().toISOString() },
      });
      expect(edited.data?.editSessionNote.version).toBe(2);

      const alex = test.browser();
      await signIn(alex, DEMO.client);
      checkinId = await submitACheckin(maya, alex, morgans);

      trendsBefore = await trendsOf(maya, morgans);
      expect(JSON.stringify(trendsBefore)).toContain(checkinId);

      // A backup may be taken while the server runs; a restore may not (it would pull the
      // tables from under the server's requests and its job queue).
      const live = await backupDatabase(database.ownerUrl, join(folder, 'live.dump'));
      await expect(
        restoreDatabase(database.ownerUrl, live.file, { appPassword: database.appPassword }),
      ).rejects.toThrow(/Other connections are using the database \(.*tandem-app/);
    } finally {
      await test.close();
    }

    const before = await withOwner(database, async (owner) => ({
      tables: await tableStates(owner),
      security: await securityState(owner),
    }));
    // The writes above are in what is compared.
    const table = (name: string) => before.tables[`public.${name}`];
    expect(table('session_note_version').rows).toBeGreaterThan(1);
    expect(table('audit_event').rows).toBeGreaterThan(0);
    expect(table('submission').rows).toBeGreaterThan(0);
    await withOwner(database, async (owner) => {
      const versions = await owner.query(
        'SELECT count(*)::int AS n FROM session_note_version WHERE note_id = $1',
        [noteId],
      );
      expect(versions.rows[0].n).toBe(2);
      const audited = await owner.query(
        'SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1',
        [noteId],
      );
      expect(audited.rows[0].n).toBeGreaterThan(0);
    });

    const file = join(folder, 'tandem.dump');
    const backup = await backupDatabase(database.ownerUrl, file);
    expect(backup.bytes).toBeGreaterThan(100_000);

    await wipeDatabase(database.ownerUrl);
    expect(await withOwner(database, tableStates)).toEqual({});

    const restored = await restoreDatabase(database.ownerUrl, file, {
      appPassword: database.appPassword,
    });
    expect(restored.dumpedFrom).toBe(backup.serverVersion);

    const after = await withOwner(database, async (owner) => ({
      tables: await tableStates(owner),
      security: await securityState(owner),
    }));
    expect(after.tables).toEqual(before.tables);
    expect(after.security).toEqual(before.security);
    expect(after.security.rowLevelSecurity.length).toBeGreaterThan(10);
    expect(
      after.security.rowLevelSecurity.filter(
        (table: { relforcerowsecurity: boolean }) => table.relforcerowsecurity,
      ).length,
    ).toBeGreaterThan(10);

    // A fresh server on the restored database: sign-in, the note's history, the trends.
    const again = await startTestApp({}, database);
    try {
      const maya = again.browser();
      await signIn(maya, DEMO.counselor);
      const history = await graphql<{
        sessionNoteHistory: Array<{ version: number; body: string }>;
      }>(maya, NOTE_HISTORY, { id: noteId });
      expect(history.errors).toBeUndefined();
      expect(
        history
          .data!.sessionNoteHistory.map(({ version, body }) => ({ version, body }))
          .sort((a, b) => a.version - b.version),
      ).toEqual([
        { version: 1, body: 'Backup drill: first version.' },
        { version: 2, body: 'Backup drill: second version.' },
      ]);
      expect(await trendsOf(maya, morgans)).toEqual(trendsBefore);
    } finally {
      await again.close();
    }
  });

  it('names the missing pg_dump and how to get it', async () => {
    await expect(
      findPgTool('pg_dump', { major: 99, version: '99.1' }, { PATH: '' }),
    ).rejects.toThrow(
      /runs PostgreSQL 99\.1, and no pg_dump 99 was found[\s\S]*apt-get install postgresql-client-99[\s\S]*PG_BIN_DIR/,
    );
  });
});

/** Alex takes a check-in: the open one the demo left, or one Maya schedules now. */
async function submitACheckin(maya: Agent, alex: Agent, coupleId: string): Promise<string> {
  const open = async () =>
    (
      await graphql<{ myCheckins: { items: Array<{ id: string; status: string }> } }>(
        alex,
        MY_CHECKINS,
      )
    ).data!.myCheckins.items.filter((item) => item.status !== 'SUBMITTED');
  let items = await open();
  if (items.length === 0) {
    const scheduled = await graphql(maya, SCHEDULE, {
      input: { coupleId, form: 'PULSE', everyWeeks: 1, startsAt: new Date().toISOString() },
    });
    expect(scheduled.errors).toBeUndefined();
    items = await open();
  }
  const checkinId = items[0].id;
  const detail = await graphql<{
    myCheckin: { items: Array<{ key: string }>; safetyItems: Array<{ key: string }> };
  }>(alex, CHECKIN, { id: checkinId });
  const answers = [
    ...detail.data!.myCheckin.items.map(({ key }, i) => ({ itemKey: key, value: 2 + (i % 3) })),
    ...detail.data!.myCheckin.safetyItems.map(({ key }) => ({ itemKey: key, value: 1 })),
  ];
  const submitted = await graphql<{ submitCheckin: { id: string } }>(alex, SUBMIT_CHECKIN, {
    input: { checkinId, answers, idempotencyKey: `backup-${checkinId}` },
  });
  expect(submitted.errors).toBeUndefined();
  return submitted.data!.submitCheckin.id;
}

async function trendsOf(agent: Agent, coupleId: string) {
  const result = await graphql<{ coupleTrends: unknown }>(agent, TRENDS, { id: coupleId });
  expect(result.errors).toBeUndefined();
  return result.data!.coupleTrends;
}
