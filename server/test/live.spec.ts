import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from './database';
import { DEMO, graphql, signIn, startTestApp, TestApp } from './app';
import {
  assign,
  exerciseIdBySlug,
  idOf,
  inDays,
  SAVE_DRAFT,
  SUBMIT,
  VALUES_ANSWERS,
} from './exercise-fixtures';
import { listen, socketClient, subscribe } from './live-client';

const COUPLE_ACTIVITY =
  'subscription ($id: ID!) { coupleActivity(coupleId: $id) { kind coupleId clientId } }';
const CASELOAD_ACTIVITY = 'subscription { caseloadActivity { kind coupleId } }';

interface Activity {
  coupleActivity?: { kind: string; coupleId: string; clientId: string | null };
  caseloadActivity?: { kind: string; coupleId: string };
}

describe('live updates across replicas (graphql-ws, LISTEN/NOTIFY)', () => {
  let database: TestDatabase;
  let serverA: TestApp;
  let serverB: TestApp;
  let owner: Client;
  let urlB: string;
  let morgan: string;
  let exerciseId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    serverA = await startTestApp({}, database);
    serverB = await startTestApp({}, database);
    urlB = await listen(serverB.app);
    owner = new Client({ connectionString: database.ownerUrl });
    await owner.connect();
    morgan = await idOf(owner, "SELECT id FROM couple WHERE name = 'Alex & Sam Morgan'");
    exerciseId = await exerciseIdBySlug(owner, 'values-inventory');
  });
  afterAll(async () => {
    await owner.end();
    await serverA.close();
    await serverB.close();
    await database.drop();
  });

  it('brings a submission made through server A to a counselor subscribed on server B', async () => {
    const mayaCookie = (await signIn(serverB.browser(), DEMO.counselor)).cookie;
    const maya = serverA.browser();
    await signIn(maya, DEMO.counselor);
    const alex = serverA.browser();
    await signIn(alex, DEMO.client);
    const { occurrences } = await assign(maya, { coupleId: morgan, exerciseId, dueAt: inDays(2) });
    const todoId = occurrences[0].id;

    const couple = subscribe<Activity>(
      socketClient(urlB, { Cookie: mayaCookie }),
      COUPLE_ACTIVITY,
      { id: morgan },
    );
    const caseload = subscribe<Activity>(
      socketClient(urlB, { Cookie: mayaCookie }),
      CASELOAD_ACTIVITY,
    );
    try {
      // Give both subscriptions time to be set up on server B before the events.
      expect(await couple.failure(500)).toBeUndefined();
      expect(await caseload.failure(10)).toBeUndefined();

      // A refused (rolled-back) submit announces nothing; the real one does.
      const refused = await graphql(alex, SUBMIT, {
        input: { todoId, answers: [], idempotencyKey: 'live-refused' },
      });
      expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      await graphql(alex, SAVE_DRAFT, {
        input: { todoId, answers: [{ promptKey: 'one-step', text: 'Begin' }] },
      });
      expect(await couple.next()).toEqual({
        coupleActivity: { kind: 'DRAFT_STARTED', coupleId: morgan, clientId: expect.any(String) },
      });
      await graphql(alex, SUBMIT, {
        input: { todoId, answers: VALUES_ANSWERS, idempotencyKey: 'live-submit-1' },
      });
      expect((await couple.next()).coupleActivity).toMatchObject({
        kind: 'SUBMITTED',
        coupleId: morgan,
      });
      expect(couple.events.map((event) => event.coupleActivity!.kind)).toEqual([
        'DRAFT_STARTED',
        'SUBMITTED',
      ]);
      expect((await caseload.next()).caseloadActivity).toEqual({
        kind: 'DRAFT_STARTED',
        coupleId: morgan,
      });
      expect((await caseload.next()).caseloadActivity).toEqual({
        kind: 'SUBMITTED',
        coupleId: morgan,
      });
    } finally {
      couple.close();
      caseload.close();
    }
  });

  it('tells the care team on server B when a session note is written, edited or retracted on A', async () => {
    const onB = (await signIn(serverB.browser(), DEMO.counselor)).cookie;
    const maya = serverA.browser();
    await signIn(maya, DEMO.counselor);
    const couple = subscribe<Activity>(socketClient(urlB, { Cookie: onB }), COUPLE_ACTIVITY, {
      id: morgan,
    });
    // The caseload shows no notes: its subscription is not told of them.
    const caseload = subscribe<Activity>(socketClient(urlB, { Cookie: onB }), CASELOAD_ACTIVITY);
    try {
      expect(await couple.failure(500)).toBeUndefined();
      expect(await caseload.failure(10)).toBeUndefined();
      const content = { body: 'Talked about the weekend plans.', sessionAt: inDays(-1) };
      const written = await graphql<{ writeSessionNote: { id: string } }>(
        maya,
        `
          mutation ($coupleId: ID!, $input: SessionNoteContentInput!) {
            writeSessionNote(coupleId: $coupleId, input: $input) {
              id
            }
          }
        `,
        { coupleId: morgan, input: content },
      );
      const noteId = written.data!.writeSessionNote.id;
      const edit = (expectedVersion: number) =>
        graphql(
          maya,
          `
            mutation ($id: ID!, $v: Int!, $input: SessionNoteContentInput!) {
              editSessionNote(id: $id, expectedVersion: $v, input: $input) {
                id
              }
            }
          `,
          { id: noteId, v: expectedVersion, input: { ...content, body: 'Weekend plans, again.' } },
        );
      expect((await edit(1)).errors).toBeUndefined();
      // A stale edit is refused and rolled back: it announces nothing.
      expect((await edit(1)).errors?.[0].extensions?.code).toBe('CONFLICT');
      const retracted = await graphql(
        maya,
        'mutation ($id: ID!) { retractSessionNote(id: $id, reason: "Wrong couple") { id } }',
        { id: noteId },
      );
      expect(retracted.errors).toBeUndefined();
      for (let event = 0; event < 3; event++) {
        expect(await couple.next()).toEqual({
          coupleActivity: { kind: 'NOTE_CHANGED', coupleId: morgan, clientId: null },
        });
      }
      expect(await couple.failure(300)).toBeUndefined();
      expect(couple.events).toHaveLength(3);
      expect(caseload.events).toEqual([]);
    } finally {
      couple.close();
      caseload.close();
    }
  });

  it('refuses sockets without a session, from another origin, and couples off the care team', async () => {
    const anonymous = subscribe(socketClient(urlB, {}), COUPLE_ACTIVITY, { id: morgan });
    expect(await anonymous.failure()).toBeDefined();
    anonymous.close();

    const mayaCookie = (await signIn(serverB.browser(), DEMO.counselor)).cookie;
    const foreign = subscribe(
      socketClient(urlB, { Cookie: mayaCookie, Origin: 'https://evil.example' }),
      COUPLE_ACTIVITY,
      {
        id: morgan,
      },
    );
    expect(await foreign.failure()).toBeDefined();
    foreign.close();

    const priyaCookie = (await signIn(serverB.browser(), 'priya.shah@riverbend.example')).cookie;
    const offTeam = subscribe(socketClient(urlB, { Cookie: priyaCookie }), COUPLE_ACTIVITY, {
      id: morgan,
    });
    expect(JSON.stringify(await offTeam.failure())).toContain('NOT_FOUND');
    offTeam.close();

    const alexCookie = (await signIn(serverB.browser(), DEMO.client)).cookie;
    const client = subscribe(socketClient(urlB, { Cookie: alexCookie }), COUPLE_ACTIVITY, {
      id: morgan,
    });
    expect(JSON.stringify(await client.failure())).toContain('FORBIDDEN');
    client.close();
  });

  it('stops serving a socket whose session was signed out', async () => {
    const agent = serverB.browser();
    const { cookie } = await signIn(agent, DEMO.counselor);
    const socket = socketClient(urlB, { Cookie: cookie });
    const first = subscribe(socket, COUPLE_ACTIVITY, { id: morgan });
    expect(await first.failure(500)).toBeUndefined();
    await graphql(agent, 'mutation { logout }');
    const second = subscribe(socket, COUPLE_ACTIVITY, { id: morgan });
    expect(JSON.stringify(await second.failure())).toContain('UNAUTHENTICATED');
    first.close();
    second.close();
  });
});
