import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DEMO, graphql, signIn, startTestApp, TestApp } from './app';

type Event = {
  action: string;
  outcome: string;
  actorName: string | null;
  entityId: string | null;
  clientIds: string[];
  ip: string | null;
  requestId: string | null;
};
const EVENTS = `query ($filter: AuditFilterInput) {
  auditEvents(filter: $filter, limit: 200) { totalCount items { action outcome actorName entityId clientIds ip requestId } }
}`;

describe('the audit log (HTTP, real PostgreSQL)', () => {
  let test: TestApp;
  let admin: ReturnType<TestApp['browser']>;
  let owner: Client;

  beforeAll(async () => {
    test = await startTestApp();
    owner = new Client({ connectionString: test.database.ownerUrl });
    await owner.connect();
    admin = test.browser();
    await signIn(admin, DEMO.admin);
  });
  afterAll(async () => {
    await owner.end();
    await test.close();
  });

  const events = async (filter: Record<string, unknown> = {}) =>
    (await graphql<{ auditEvents: { items: Event[] } }>(admin, EVENTS, { filter })).data!
      .auditEvents.items;

  it('records sign-in, failed sign-in and sign-out with who, where and which request', async () => {
    const maya = test.browser();
    await graphql(
      maya,
      'mutation { login(input: { email: "maya.okafor@riverbend.example", password: "not it at all" }) { id } }',
    );
    await signIn(maya, DEMO.counselor);
    await graphql(maya, 'mutation { logout }');
    const auth = await events({ action: 'auth.' });
    expect(auth.slice(0, 3).map((e) => [e.action, e.outcome, e.actorName])).toEqual([
      ['auth.sign_out', 'ALLOWED', 'Maya Okafor'],
      ['auth.sign_in', 'ALLOWED', 'Maya Okafor'],
      ['auth.sign_in', 'DENIED', null],
    ]);
    expect(auth[0].ip).toMatch(/127\.0\.0\.1/);
    expect(auth[0].requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('records each read of a couple once per request, with the clients it touched, and denials too', async () => {
    const maya = test.browser();
    await signIn(maya, DEMO.counselor);
    const { rows } = await owner.query(
      `SELECT c.id, array_agg(p.client_id ORDER BY p.client_id) AS clients FROM couple c JOIN couple_partner p ON p.couple_id = c.id
        WHERE c.name IN ('Alex & Sam Morgan', 'Emerson & Finley Okonkwo') GROUP BY c.id, c.name ORDER BY c.name`,
    );
    const [morgan, okonkwo] = rows;
    await graphql(
      maya,
      'query ($id: ID!) { a: couple(id: $id) { id } b: couple(id: $id) { name } }',
      { id: morgan.id },
    );
    await graphql(maya, 'query ($id: ID!) { couple(id: $id) { id } }', { id: okonkwo.id });

    const reads = await events({ entityId: morgan.id, action: 'couple.read' });
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({
      outcome: 'ALLOWED',
      actorName: 'Maya Okafor',
      clientIds: morgan.clients,
    });
    const denied = await events({ entityId: okonkwo.id, action: 'couple.read' });
    expect(denied).toEqual([
      expect.objectContaining({ outcome: 'DENIED', actorName: 'Maya Okafor' }),
    ]);
  });

  /** The audit records one request left, marked by its X-Request-Id. */
  async function recordsOf(requestId: string) {
    const { rows } = await owner.query(
      `SELECT action, outcome, entity_type AS "entityType", entity_id AS "entityId"
         FROM audit_event WHERE request_id = $1 ORDER BY entity_id`,
      [requestId],
    );
    return rows as Array<{ action: string; outcome: string; entityType: string; entityId: string }>;
  }

  /** Runs one operation as `agent`, tagged so its audit records can be found. */
  async function attempt(
    agent: ReturnType<TestApp['browser']>,
    query: string,
    variables: Record<string, unknown>,
  ) {
    const requestId = `audit-${randomUUID()}`;
    const result = await graphql(agent, query, variables, { 'X-Request-Id': requestId });
    const [error] = result.errors ?? [];
    return {
      answer: { code: error?.extensions?.code, message: error?.message },
      records: await recordsOf(requestId),
    };
  }

  it('records every refused attempt on a record once, naming the record asked for', async () => {
    const id = async (sql: string, params: unknown[] = []) =>
      (await owner.query(sql, params)).rows[0].id as string;
    const clinic = await id('SELECT clinic_id AS id FROM app_user WHERE email = $1', [DEMO.admin]);
    const morgan = await id("SELECT id FROM couple WHERE name = 'Alex & Sam Morgan'");
    const alexId = await id('SELECT id FROM app_user WHERE email = $1', [DEMO.client]);
    const mayaId = await id('SELECT id FROM app_user WHERE email = $1', [DEMO.counselor]);
    const schedule = await id(
      `INSERT INTO checkin_schedule (clinic_id, couple_id, form, every_weeks, created_by)
       VALUES ($1, $2, 'PULSE', 1, $3) RETURNING id`,
      [clinic, morgan, mayaId],
    );
    const checkin = await id(
      `INSERT INTO checkin (clinic_id, schedule_id, couple_id, client_id, form, instrument_version, due_at)
       VALUES ($1, $2, $3, $4, 'PULSE', 1, now() - interval '1 hour') RETURNING id`,
      [clinic, schedule, morgan, alexId],
    );
    const assignment = await id(
      `INSERT INTO assignment (clinic_id, couple_id, exercise_version_id, assigned_by)
       SELECT $1, $2, v.id, $3 FROM exercise e JOIN exercise_version v ON v.exercise_id = e.id
        WHERE e.slug = 'values-inventory' RETURNING id`,
      [clinic, morgan, mayaId],
    );
    const todo = await id(
      `INSERT INTO assignment_occurrence (clinic_id, assignment_id, sequence, due_at)
       VALUES ($1, $2, 1, now() + interval '2 days') RETURNING id`,
      [clinic, assignment],
    );
    const submission = await id(
      `INSERT INTO submission (clinic_id, occurrence_id, client_id, answers, status, updated_by, submitted_at)
       VALUES ($1, $2, $3, '[]', 'SUBMITTED', $3, now()) RETURNING id`,
      [clinic, todo, alexId],
    );
    const as = async (email: string) => {
      const agent = test.browser();
      await signIn(agent, email);
      return agent;
    };
    const [sam, jordan, priya, lena] = await Promise.all([
      as('sam.morgan@riverbend.example'),
      as('jordan.bennett@riverbend.example'),
      as('priya.shah@riverbend.example'),
      as(DEMO.otherClinicCounselor),
    ]);
    const cancel = 'mutation ($id: ID!) { cancelCheckinSchedule(id: $id) { id } }';
    const cases = [
      {
        who: sam,
        what: "shareSubmission of the partner's answers",
        query: 'mutation ($id: ID!) { shareSubmission(id: $id, sharing: PARTNER) { id } }',
        variables: (target: string) => ({ id: target }),
        target: submission,
        action: 'submission.share',
      },
      {
        who: priya,
        what: 'cancelCheckinSchedule of a couple off the care team',
        query: cancel,
        variables: (target: string) => ({ id: target }),
        target: schedule,
        action: 'checkin.cancel',
      },
      {
        who: lena,
        what: "cancelCheckinSchedule of another clinic's couple",
        query: cancel,
        variables: (target: string) => ({ id: target }),
        target: schedule,
        action: 'checkin.cancel',
      },
      {
        who: jordan,
        what: "myCheckin of another client's check-in",
        query: 'query ($id: ID!) { myCheckin(id: $id) { id } }',
        variables: (target: string) => ({ id: target }),
        target: checkin,
        action: 'checkin.read',
      },
      {
        who: jordan,
        what: "saveCheckinDraft of another client's check-in",
        query: 'mutation ($i: SaveCheckinInput!) { saveCheckinDraft(input: $i) { id } }',
        variables: (target: string) => ({ i: { checkinId: target, answers: [] } }),
        target: checkin,
        action: 'checkin.draft',
      },
      {
        who: jordan,
        what: "submitCheckin of another client's check-in",
        query: 'mutation ($i: SubmitCheckinInput!) { submitCheckin(input: $i) { id } }',
        variables: (target: string) => ({
          i: { checkinId: target, answers: [], idempotencyKey: randomUUID() },
        }),
        target: checkin,
        action: 'checkin.submit',
      },
    ];
    for (const { who, what, query, variables, target, action } of cases) {
      const missing = randomUUID();
      const refused = await attempt(who, query, variables(target));
      const random = await attempt(who, query, variables(missing));
      const denial = (entityId: string) => [
        expect.objectContaining({ action, outcome: 'DENIED', entityId }),
      ];
      expect({ what, ...refused }).toEqual({
        what,
        answer: { code: 'NOT_FOUND', message: random.answer.message },
        records: denial(target),
      });
      expect({ what, ...random }).toEqual({
        what,
        answer: { code: 'NOT_FOUND', message: expect.any(String) },
        records: denial(missing),
      });
    }
  });

  it('keeps one record per guessed id when one request guesses many', async () => {
    const jordan = test.browser();
    await signIn(jordan, 'jordan.bennett@riverbend.example');
    const guesses = Array.from({ length: 10 }, () => randomUUID());
    const query = `query { ${guesses
      .map((guess, i) => `g${i}: myCheckin(id: "${guess}") { id }`)
      .join(' ')} }`;
    const { records } = await attempt(jordan, query, {});
    expect(records.map((record) => [record.action, record.outcome, record.entityId])).toEqual(
      [...guesses].sort().map((guess) => ['checkin.read', 'DENIED', guess]),
    );
  });

  it('cannot be changed or erased, not even by the schema owner', async () => {
    const app = new Client({ connectionString: test.database.appUrl });
    await app.connect();
    try {
      await expect(app.query('UPDATE audit_event SET action = $1', ['tampered'])).rejects.toThrow(
        /permission denied/,
      );
      await expect(app.query('DELETE FROM audit_event')).rejects.toThrow(/permission denied/);
    } finally {
      await app.end();
    }
    await expect(owner.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
    await expect(owner.query('TRUNCATE audit_event')).rejects.toThrow(/append-only/);
  });

  it("shows an admin only their own clinic's events, filtered by date", async () => {
    const other = test.browser();
    await signIn(other, DEMO.otherClinicAdmin);
    const theirs = await graphql<{ auditEvents: { items: Event[] } }>(other, EVENTS, {});
    expect(
      theirs.data!.auditEvents.items.every(
        // Harborlight's admin and counselor (whose refused attempt above is theirs to see).
        (e) => e.actorName === null || ['Omar Farouk', 'Lena Hoffmann'].includes(e.actorName),
      ),
    ).toBe(true);
    expect(await events({ from: new Date(Date.now() + 60_000).toISOString() })).toEqual([]);
  });
});
