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
        (e) => e.actorName === null || e.actorName === 'Omar Farouk',
      ),
    ).toBe(true);
    expect(await events({ from: new Date(Date.now() + 60_000).toISOString() })).toEqual([]);
  });
});
