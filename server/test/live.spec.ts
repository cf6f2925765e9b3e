import { Client } from 'pg';
import { hashSecretToken } from '../src/auth/secret-token';
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
import { listen, socketClient, subscribe, type Subscription } from './live-client';

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
    // The running one ends (below, for every reason); a new one is refused too, by the socket
    // if it is still open, or at connect once the client reopens it.
    expect(JSON.stringify(await first.failure())).toContain('UNAUTHENTICATED');
    const second = subscribe(socket, COUPLE_ACTIVITY, { id: morgan });
    const refusal = await second.failure();
    const code = (refusal as { code?: number }).code;
    expect(code === 4403 || JSON.stringify(refusal).includes('UNAUTHENTICATED')).toBe(true);
    first.close();
    second.close();
  });
  describe('running subscriptions end the moment their reason does', () => {
    const ids: Record<string, string> = {};
    /** A couple of Maya's with no other test's activity: two new clients, Maya primary. */
    let liveCouple: string;
    let admin: ReturnType<TestApp['browser']>;

    beforeAll(async () => {
      for (const [key, email] of Object.entries({
        maya: DEMO.counselor,
        daniel: DEMO.otherCounselor,
        clinic: DEMO.admin,
      })) {
        ids[key] = await idOf(
          owner,
          `SELECT ${key === 'clinic' ? 'clinic_id' : 'id'} AS id FROM app_user WHERE email = $1`,
          [email],
        );
      }
      const client = (name: string) =>
        idOf(
          owner,
          `INSERT INTO app_user (clinic_id, email, display_name, role, password_hash, version)
           VALUES ($1, $2, $3, 'CLIENT', 'x', 1) RETURNING id`,
          [ids.clinic, `${name.toLowerCase()}.${Date.now()}@live.example`, name],
        );
      liveCouple = await idOf(
        owner,
        `INSERT INTO couple (clinic_id, name, in_care_since, version) VALUES ($1, 'Live couple', now(), 1) RETURNING id`,
        [ids.clinic],
      );
      for (const partner of [await client('Robin'), await client('Quinn')]) {
        await owner.query(
          'INSERT INTO couple_partner (couple_id, client_id, clinic_id) VALUES ($1, $2, $3)',
          [liveCouple, partner, ids.clinic],
        );
      }
      await owner.query(
        'INSERT INTO care_team_member (couple_id, counselor_id, clinic_id, is_primary) VALUES ($1, $2, $3, true)',
        [liveCouple, ids.maya, ids.clinic],
      );
      admin = serverA.browser();
      await signIn(admin, DEMO.admin);
    });

    /** The code of the error a subscription ended with, or 'running' if it has not ended. */
    const endedWith = async (subscription: Subscription<Activity>, ms = 3000) => {
      const failure = await subscription.failure(ms);
      return failure === undefined
        ? 'running'
        : (/"code":"([A-Z_]+)"/.exec(JSON.stringify(failure))?.[1] ?? JSON.stringify(failure));
    };
    const running = async (...subscriptions: Array<Subscription<Activity>>) => {
      for (const subscription of subscriptions) {
        expect(await endedWith(subscription, 400)).toBe('running');
      }
    };
    const onB = (cookie: string, query: string, variables: Record<string, unknown> = {}) =>
      subscribe<Activity>(socketClient(urlB, { Cookie: cookie }), query, variables);
    const setCareTeam = (primaryCounselorId: string) =>
      graphql(
        admin,
        'mutation ($id: ID!, $team: CareTeamInput!) { setCareTeam(coupleId: $id, careTeam: $team) { id } }',
        { id: liveCouple, team: { primaryCounselorId } },
      );
    const assignToLiveCouple = async (counselor: ReturnType<TestApp['browser']>) =>
      assign(counselor, { coupleId: liveCouple, exerciseId, dueAt: inDays(3) });

    it('on sign-out through another replica', async () => {
      const { cookie } = await signIn(serverB.browser(), DEMO.counselor);
      const couple = onB(cookie, COUPLE_ACTIVITY, { id: morgan });
      const caseload = onB(cookie, CASELOAD_ACTIVITY);
      try {
        await running(couple, caseload);
        await graphql(serverA.browser(), 'mutation { logout }', {}, { Cookie: cookie });
        expect([await endedWith(couple), await endedWith(caseload)]).toEqual([
          'UNAUTHENTICATED',
          'UNAUTHENTICATED',
        ]);
      } finally {
        couple.close();
        caseload.close();
      }
    });

    it('on deactivation of the account', async () => {
      const { cookie } = await signIn(serverB.browser(), DEMO.otherCounselor);
      const caseload = onB(cookie, CASELOAD_ACTIVITY);
      try {
        await running(caseload);
        const deactivate = (status: string) =>
          graphql(admin, `mutation ($id: ID!) { ${status}Account(id: $id) { status } }`, {
            id: ids.daniel,
          });
        expect((await deactivate('deactivate')).errors).toBeUndefined();
        expect(await endedWith(caseload)).toBe('UNAUTHENTICATED');
        expect((await deactivate('reactivate')).errors).toBeUndefined();
      } finally {
        caseload.close();
      }
    });

    it("on a password change in the account's other session", async () => {
      const email = 'priya.shah@riverbend.example';
      const { cookie } = await signIn(serverB.browser(), email);
      const caseload = onB(cookie, CASELOAD_ACTIVITY);
      const elsewhere = serverA.browser();
      await signIn(elsewhere, email);
      const change = (currentPassword: string, newPassword: string) =>
        graphql(
          elsewhere,
          'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }',
          { input: { currentPassword, newPassword } },
        );
      try {
        await running(caseload);
        expect((await change(DEMO.password, 'a brand new password')).errors).toBeUndefined();
        expect(await endedWith(caseload)).toBe('UNAUTHENTICATED');
      } finally {
        caseload.close();
        expect((await change('a brand new password', DEMO.password)).errors).toBeUndefined();
      }
    });

    it('at the session deadline (its absolute or idle timeout), without any request', async () => {
      const { cookie } = await signIn(serverB.browser(), DEMO.counselor);
      const token = cookie.split('=')[1];
      await owner.query(
        "UPDATE user_session SET expires_at = now() + interval '1500 milliseconds' WHERE token_hash = $1",
        [hashSecretToken(token)],
      );
      const couple = onB(cookie, COUPLE_ACTIVITY, { id: morgan });
      try {
        await running(couple);
        expect(await endedWith(couple, 4000)).toBe('UNAUTHENTICATED');
      } finally {
        couple.close();
      }
    });

    it('even when the announcement was missed: a replica checks every subscription on reconnecting', async () => {
      const { cookie } = await signIn(serverB.browser(), DEMO.counselor);
      const couple = onB(cookie, COUPLE_ACTIVITY, { id: morgan });
      try {
        await running(couple);
        // Every replica's LISTEN connection is cut; they reconnect a second later.
        await owner.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'tandem-live'",
        );
        await owner.query('UPDATE user_session SET revoked_at = now() WHERE token_hash = $1', [
          hashSecretToken(cookie.split('=')[1]),
        ]);
        expect(await endedWith(couple, 5000)).toBe('UNAUTHENTICATED');
      } finally {
        couple.close();
      }
    });

    it('on removal from the care team; the caseload follows the care team both ways', async () => {
      const { cookie } = await signIn(serverB.browser(), DEMO.counselor);
      const maya = serverA.browser();
      await signIn(maya, DEMO.counselor);
      const daniel = serverA.browser();
      await signIn(daniel, DEMO.otherCounselor);
      const couple = onB(cookie, COUPLE_ACTIVITY, { id: liveCouple });
      const caseload = onB(cookie, CASELOAD_ACTIVITY);
      try {
        await running(couple, caseload);
        expect((await setCareTeam(ids.daniel)).errors).toBeUndefined();
        // Daniel's exercise for the couple, right after: Maya's caseload is not told of it.
        await assignToLiveCouple(daniel);
        expect(await endedWith(couple)).toBe('NOT_FOUND');
        expect(await endedWith(caseload, 500)).toBe('running');
        expect(caseload.events).toEqual([]);
        // Back on the team: told again, at once, without subscribing anew.
        expect((await setCareTeam(ids.maya)).errors).toBeUndefined();
        await assignToLiveCouple(maya);
        expect(await caseload.next()).toEqual({
          caseloadActivity: { kind: 'ASSIGNED', coupleId: liveCouple },
        });
        expect(caseload.events).toHaveLength(1);
      } finally {
        couple.close();
        caseload.close();
      }
    });

    it('on discharge of the couple, which also leaves the caseload', async () => {
      const { cookie } = await signIn(serverB.browser(), DEMO.counselor);
      const maya = serverA.browser();
      await signIn(maya, DEMO.counselor);
      const couple = onB(cookie, COUPLE_ACTIVITY, { id: liveCouple });
      const caseload = onB(cookie, CASELOAD_ACTIVITY);
      const status = (action: 'discharge' | 'reopen') =>
        graphql(admin, `mutation ($id: ID!) { ${action}Couple(id: $id) { status } }`, {
          id: liveCouple,
        });
      try {
        await running(couple, caseload);
        expect((await status('discharge')).errors).toBeUndefined();
        expect(await endedWith(couple)).toBe('CONFLICT');
        const again = onB(cookie, COUPLE_ACTIVITY, { id: liveCouple });
        expect(await endedWith(again)).toBe('CONFLICT');
        again.close();
        expect((await status('reopen')).errors).toBeUndefined();
        await assignToLiveCouple(maya);
        expect(await caseload.next()).toEqual({
          caseloadActivity: { kind: 'ASSIGNED', coupleId: liveCouple },
        });
      } finally {
        couple.close();
        caseload.close();
      }
    });
  });
});
