import { Client } from 'pg';
import { FAILURES_PER_EMAIL } from '../src/auth/login-rate-limiter';
import { DEMO, graphql, signIn, startTestApp, TestApp } from './app';

const LOGIN =
  'mutation ($input: LoginInput!) { login(input: $input) { id role displayName clinic { name } } }';
const ME = '{ me { id email role clinic { name } } }';

describe('sign-in, sessions and sign-out (HTTP, real PostgreSQL)', () => {
  let test: TestApp;
  let owner: Client;

  beforeAll(async () => {
    test = await startTestApp();
    owner = new Client({ connectionString: test.database.ownerUrl });
    await owner.connect();
  });
  afterAll(async () => {
    await owner.end();
    await test.close();
  });

  it('signs in, sets an httpOnly SameSite session cookie, and knows the user', async () => {
    const browser = test.browser();
    const login = await graphql(browser, LOGIN, {
      input: { email: ' Maya.Okafor@Riverbend.example ', password: DEMO.password },
    });
    expect(login.data).toEqual({
      login: expect.objectContaining({
        role: 'COUNSELOR',
        displayName: 'Maya Okafor',
        clinic: { name: 'Riverbend Counseling' },
      }),
    });
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/tandem_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);

    const me = await graphql(browser, ME);
    expect(me.data).toEqual({
      me: {
        id: expect.any(String),
        email: DEMO.counselor,
        role: 'COUNSELOR',
        clinic: { name: 'Riverbend Counseling' },
      },
    });
  });

  it('stores only a hash of the session token', async () => {
    const login = await graphql(test.browser(), LOGIN, {
      input: { email: DEMO.admin, password: DEMO.password },
    });
    const token = /tandem_session=([^;]+)/.exec(String(login.headers['set-cookie']))![1];
    const { rows } = await owner.query(
      "SELECT count(*)::int AS n FROM user_session WHERE encode(token_hash, 'escape') LIKE '%' || $1 || '%'",
      [token],
    );
    expect(rows[0].n).toBe(0);
    const { rows: hashed } = await owner.query(
      "SELECT count(*)::int AS n FROM user_session WHERE token_hash = sha256(convert_to($1, 'UTF8'))",
      [token],
    );
    expect(hashed[0].n).toBe(1);
  });

  it('answers a wrong password, an unknown email and a deactivated account alike', async () => {
    await owner.query(
      "UPDATE app_user SET status = 'DEACTIVATED' WHERE email = 'priya.shah@riverbend.example'",
    );
    const attempts = [
      { email: DEMO.client, password: 'not the password' },
      { email: 'nobody@nowhere.example', password: DEMO.password },
      { email: 'priya.shah@riverbend.example', password: DEMO.password },
    ];
    for (const input of attempts) {
      const result = await graphql(test.browser(), LOGIN, { input });
      expect(result.data).toBeNull();
      expect(result.errors).toEqual([
        expect.objectContaining({
          message: 'Email or password is incorrect.',
          extensions: { code: 'UNAUTHENTICATED' },
        }),
      ]);
      expect(result.headers['set-cookie']).toBeUndefined();
    }
  });

  it('rejects empty and oversized credentials as bad input', async () => {
    const empty = await graphql(test.browser(), LOGIN, { input: { email: '', password: '' } });
    expect(empty.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(empty.errors?.[0].message).toMatch(/Enter your email address/);
    const huge = await graphql(test.browser(), LOGIN, {
      input: { email: 'a'.repeat(100_000), password: 'x' },
    });
    expect(huge.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const wrongType = await graphql(test.browser(), LOGIN, {
      input: { email: 42, password: ['x'] },
    });
    expect(wrongType.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('ends the session on sign-out, so the old cookie no longer works', async () => {
    const browser = test.browser();
    const { cookie } = await signIn(browser, DEMO.client);
    expect((await graphql(browser, ME)).data).toBeTruthy();
    const logout = await graphql(browser, 'mutation { logout }');
    expect(logout.data).toEqual({ logout: true });
    expect(String(logout.headers['set-cookie'])).toMatch(/tandem_session=;/);
    const replayed = await graphql(test.browser(), ME, {}, { Cookie: cookie });
    expect(replayed.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends a session after 30 idle minutes and after 12 hours in any case', async () => {
    const idle = test.browser();
    const idleUser = await signIn(idle, 'daniel.reyes@riverbend.example');
    await owner.query(
      "UPDATE user_session SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1",
      [idleUser.id],
    );
    expect((await graphql(idle, ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const old = test.browser();
    const oldUser = await signIn(old, 'sam.morgan@riverbend.example');
    await owner.query(
      "UPDATE user_session SET expires_at = now() - interval '1 second' WHERE user_id = $1",
      [oldUser.id],
    );
    expect((await graphql(old, ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('issues a new token at every sign-in, and the token the browser brought stops working', async () => {
    const tokenOf = (result: { headers: Record<string, string | string[] | undefined> }) =>
      String(result.headers['set-cookie']).match(/tandem_session=([^;]+)/)?.[1];
    const agent = test.browser();
    const planted = 'planted-by-someone-else-0123456789abcdef';
    const first = await graphql(
      agent,
      LOGIN,
      { input: { email: 'sam.morgan@riverbend.example', password: DEMO.password } },
      { cookie: `tandem_session=${planted}` },
    );
    const firstToken = tokenOf(first);
    expect(firstToken).toBeDefined();
    expect(firstToken).not.toBe(planted);

    const second = await graphql(agent, LOGIN, {
      input: { email: 'sam.morgan@riverbend.example', password: DEMO.password },
    });
    const secondToken = tokenOf(second);
    expect(secondToken).toBeDefined();
    expect(secondToken).not.toBe(firstToken);

    const stranger = test.browser();
    for (const old of [planted, firstToken]) {
      const replayed = await graphql(stranger, ME, {}, { cookie: `tandem_session=${old}` });
      expect(replayed.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await graphql(agent, ME)).data).toMatchObject({
      me: { email: 'sam.morgan@riverbend.example' },
    });
  });

  it('keeps a session in use alive, marking its use at most once a minute', async () => {
    const agent = test.browser();
    const user = await signIn(agent, 'alex.morgan@riverbend.example');
    const lastSeen = async () =>
      (
        await owner.query(
          `SELECT extract(epoch FROM now() - last_seen_at)::int AS ago FROM user_session
            WHERE user_id = $1 AND revoked_at IS NULL`,
          [user.id],
        )
      ).rows[0].ago as number;
    await owner.query(
      "UPDATE user_session SET last_seen_at = now() - interval '29 minutes' WHERE user_id = $1",
      [user.id],
    );
    expect((await graphql(agent, ME)).errors).toBeUndefined();
    expect(await lastSeen()).toBeLessThan(5);

    // Used again within the minute: still live, and no write was needed.
    await owner.query(
      "UPDATE user_session SET last_seen_at = now() - interval '30 seconds' WHERE user_id = $1",
      [user.id],
    );
    expect((await graphql(agent, ME)).errors).toBeUndefined();
    expect(await lastSeen()).toBeGreaterThanOrEqual(30);
  });

  it(`locks an email after ${FAILURES_PER_EMAIL} failed attempts, even with the right password`, async () => {
    const email = 'jordan.bennett@riverbend.example';
    for (let i = 0; i < FAILURES_PER_EMAIL; i++) {
      const result = await graphql(test.browser(), LOGIN, {
        input: { email, password: `wrong ${i}` },
      });
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const locked = await graphql(test.browser(), LOGIN, {
      input: { email, password: DEMO.password },
    });
    expect(locked.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/Too many attempts\. Try again in \d+ minutes?\./),
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
    });
  });

  it('limits sign-in attempts per IP address', async () => {
    const limited = await startTestApp({ TRUST_PROXY: 'true' });
    try {
      const from = { 'X-Forwarded-For': '203.0.113.7' };
      const codes: string[] = [];
      for (let i = 0; i < 31; i++) {
        const input = { email: `visitor${i}@nowhere.example`, password: 'guess' };
        const result = await graphql(limited.browser(), LOGIN, { input }, from);
        codes.push(result.errors?.[0].extensions?.code ?? 'OK');
      }
      expect(codes.slice(0, 30).every((code) => code === 'UNAUTHENTICATED')).toBe(true);
      expect(codes[30]).toBe('RATE_LIMITED');
      const elsewhere = await graphql(
        limited.browser(),
        LOGIN,
        { input: { email: DEMO.admin, password: DEMO.password } },
        {
          'X-Forwarded-For': '198.51.100.9',
        },
      );
      expect(elsewhere.errors).toBeUndefined();
    } finally {
      await limited.close();
    }
  });
});
