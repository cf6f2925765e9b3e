import { Secret, TOTP } from 'otpauth';
import { Client } from 'pg';
import { SECOND_FACTOR_FAILURES } from '../src/auth/login-rate-limiter';
import { DEMO, graphql, signIn, startTestApp, TestApp } from './app';
import { listen, socketAnswer, socketClient } from './live-client';

type Agent = ReturnType<TestApp['browser']>;

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { id } }';
const COMPLETE =
  'mutation ($input: SecondFactorCodeInput!) { completeLogin(input: $input) { id role } }';
const START = 'mutation { startTotpEnrolment { secret otpauthUrl qrCode } }';
const CONFIRM = 'mutation ($input: SecondFactorCodeInput!) { confirmTotpEnrolment(input: $input) }';
const DISABLE = 'mutation ($input: SecondFactorCodeInput!) { disableTwoFactor(input: $input) }';
const RESET = 'mutation ($id: ID!) { resetTwoFactor(id: $id) }';
const STATUS = '{ twoFactorStatus { enabled recoveryCodesLeft } }';
const ME = '{ me { id } }';
const CASELOAD = '{ caseload(limit: 5) { totalCount } }';

const code = (result: { errors?: Array<{ extensions?: { code?: string } }> }) =>
  result.errors?.[0]?.extensions?.code ?? 'OK';

/** The code an authenticator app shows `steps` 30-second steps from now. */
const totpCode = (secret: string, steps = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({
    timestamp: Date.now() + steps * 30_000,
  });

const cookieOf = (headers: Record<string, unknown>, name: string) =>
  new RegExp(`${name}=([^;]+)`).exec(String(headers['set-cookie']))?.[1];

describe('staff two-factor sign-in with TOTP (HTTP, real PostgreSQL)', () => {
  let test: TestApp;
  let owner: Client;
  let nextIp = 1;
  const freshIp = () => ({ 'X-Forwarded-For': `203.0.113.${nextIp++}` });

  beforeAll(async () => {
    test = await startTestApp({ TRUST_PROXY: 'true' });
    owner = new Client({ connectionString: test.database.ownerUrl });
    await owner.connect();
  });
  afterAll(async () => {
    await owner.end();
    await test.close();
  });

  /**
   * A new Riverbend counselor (a copy of the demo counselor's account, password and all), one
   * per test so that their factors and rate limits do not meet.
   */
  let spares = 0;
  const spare = async () => {
    const email = `two-factor-${++spares}@riverbend.example`;
    await owner.query(
      `INSERT INTO app_user (clinic_id, email, display_name, role, password_hash, version)
       SELECT clinic_id, $2, 'Two-factor counselor ' || $3, role, password_hash, 1
         FROM app_user WHERE email = $1`,
      [DEMO.counselor, email, spares],
    );
    return email;
  };

  const idOf = async (email: string) =>
    (await owner.query<{ id: string }>('SELECT id FROM app_user WHERE email = $1', [email]))
      .rows[0]!.id;

  async function audit(action: string, since: Date) {
    // Identity events are written after the answer; give them a moment.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { rows } = await owner.query<{ outcome: string; entity_id: string | null }>(
      `SELECT outcome, entity_id FROM audit_event
        WHERE action = $1 AND occurred_at >= $2 ORDER BY occurred_at`,
      [action, since],
    );
    return rows.map((row) => [row.outcome, row.entity_id]);
  }

  /** Signs `email` in (password only), enrols an authenticator; its secret and codes. */
  async function enrol(email: string) {
    const agent = test.browser();
    await signIn(agent, email);
    const started = await graphql<{ startTotpEnrolment: { secret: string } }>(agent, START);
    const { secret } = started.data!.startTotpEnrolment;
    const confirmed = await graphql<{ confirmTotpEnrolment: string[] }>(agent, CONFIRM, {
      input: { code: totpCode(secret) },
    });
    if (confirmed.errors) throw new Error(confirmed.errors[0]!.message);
    return { agent, secret, recoveryCodes: confirmed.data!.confirmTotpEnrolment };
  }

  /** The first step: the password; answers the agent holding the pending sign-in. */
  async function password(email: string) {
    const agent = test.browser();
    const result = await graphql(
      agent,
      LOGIN,
      { input: { email, password: DEMO.password } },
      freshIp(),
    );
    return { agent, result };
  }

  const complete = (agent: Agent, value: string) =>
    graphql<{ completeLogin: { id: string } }>(
      agent,
      COMPLETE,
      { input: { code: value } },
      freshIp(),
    );

  it('enrols an authenticator: secret and QR once, a first code confirms, ten recovery codes', async () => {
    const email = await spare();
    const since = new Date();
    const agent = test.browser();
    await signIn(agent, email);
    expect((await graphql(agent, STATUS)).data).toEqual({
      twoFactorStatus: { enabled: false, recoveryCodesLeft: 0 },
    });
    const started = await graphql<{
      startTotpEnrolment: { secret: string; otpauthUrl: string; qrCode: string };
    }>(agent, START);
    const { secret, otpauthUrl, qrCode } = started.data!.startTotpEnrolment;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUrl).toContain(`secret=${secret}`);
    expect(otpauthUrl).toContain('issuer=Tandem');
    expect(qrCode).toMatch(/^data:image\/png;base64,/);

    // A wrong code, and a code of another secret, confirm nothing.
    const wrong = String((Number(totpCode(secret)) + 1) % 1_000_000).padStart(6, '0');
    expect(code(await graphql(agent, CONFIRM, { input: { code: wrong } }))).toBe('BAD_USER_INPUT');
    expect((await graphql(agent, STATUS)).data).toEqual({
      twoFactorStatus: { enabled: false, recoveryCodesLeft: 0 },
    });

    const confirmed = await graphql<{ confirmTotpEnrolment: string[] }>(agent, CONFIRM, {
      input: { code: totpCode(secret) },
    });
    const codes = confirmed.data!.confirmTotpEnrolment;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const each of codes) expect(each).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$/);
    expect((await graphql(agent, STATUS)).data).toEqual({
      twoFactorStatus: { enabled: true, recoveryCodesLeft: 10 },
    });
    // The secret is never handed out again: a new enrolment is refused while this one is on.
    expect(code(await graphql(agent, START))).toBe('CONFLICT');
    expect(code(await graphql(agent, CONFIRM, { input: { code: totpCode(secret, 1) } }))).toBe(
      'CONFLICT',
    );

    // Recovery codes are kept hashed only.
    const id = await idOf(email);
    const stored = await owner.query<{ code_hash: Buffer }>(
      'SELECT code_hash FROM recovery_code WHERE user_id = $1',
      [id],
    );
    expect(stored.rowCount).toBe(10);
    for (const row of stored.rows) {
      expect(codes.some((each) => row.code_hash.toString('utf8').includes(each))).toBe(false);
    }
    expect(await audit('auth.two_factor_enrol', since)).toEqual([
      ['DENIED', id],
      ['ALLOWED', id],
    ]);
  });

  it('signs in in two steps; the pending sign-in reaches no data, over HTTP or websocket', async () => {
    const email = await spare();
    const { secret } = await enrol(email);
    const id = await idOf(email);
    const since = new Date();

    const { agent, result } = await password(email);
    expect(code(result)).toBe('TWO_FACTOR_REQUIRED');
    expect(cookieOf(result.headers, 'tandem_session')).toBeUndefined();
    const pending = cookieOf(result.headers, 'tandem_pending_login');
    expect(pending).toBeDefined();

    // The pending state is no session: no query, not even as a session cookie, no websocket.
    expect(code(await graphql(agent, ME))).toBe('UNAUTHENTICATED');
    expect(code(await graphql(agent, CASELOAD))).toBe('UNAUTHENTICATED');
    expect(code(await graphql(agent, STATUS))).toBe('UNAUTHENTICATED');
    const forged = test.browser();
    expect(code(await graphql(forged, CASELOAD, {}, { Cookie: `tandem_session=${pending}` }))).toBe(
      'UNAUTHENTICATED',
    );
    const url = await listen(test.app);
    const SUBSCRIBE = 'subscription { caseloadActivity { kind } }';
    const overSocket = async (cookie?: string) => {
      const socket = socketClient(url, cookie ? { Cookie: cookie } : {});
      try {
        return await socketAnswer(socket, SUBSCRIBE);
      } finally {
        await socket.dispose();
      }
    };
    const anonymous = await overSocket();
    expect(anonymous.closed).toBeDefined();
    expect(await overSocket(`tandem_pending_login=${pending}`)).toEqual(anonymous);
    expect(await overSocket(`tandem_session=${pending}`)).toEqual(anonymous);

    // A wrong code is refused; the right one (the next step's) starts the session.
    expect(code(await complete(agent, '000000'))).toBe('BAD_USER_INPUT');
    const next = totpCode(secret, 1);
    const done = await complete(agent, next);
    expect(done.data).toEqual({ completeLogin: { id, role: expect.any(String) } });
    expect(cookieOf(done.headers, 'tandem_session')).toBeDefined();
    expect(code(await graphql(agent, ME))).toBe('OK');
    expect(code(await graphql(agent, CASELOAD))).toBe('OK');
    const session = cookieOf(done.headers, 'tandem_session');
    expect(await overSocket(`tandem_session=${session}`)).toEqual({ errors: [] });

    // The pending sign-in is used up, and the same code does not work twice.
    expect(code(await complete(agent, next))).toBe('UNAUTHENTICATED');
    const again = await password(email);
    expect(code(await complete(again.agent, next))).toBe('BAD_USER_INPUT');

    expect(await audit('auth.sign_in_password', since)).toEqual([
      ['ALLOWED', id],
      ['ALLOWED', id],
    ]);
    expect(await audit('auth.sign_in_second_factor', since)).toEqual([
      ['DENIED', id],
      ['ALLOWED', id],
      ['DENIED', null],
      ['DENIED', id],
    ]);
  });

  it('takes a recovery code once, then refuses it', async () => {
    const email = await spare();
    const { recoveryCodes } = await enrol(email);
    const since = new Date();
    const first = await password(email);
    // Typed in lower case without dashes, it still counts.
    const typed = recoveryCodes[0]!.toLowerCase().replace(/-/g, ' ');
    expect(code(await complete(first.agent, typed))).toBe('OK');
    expect((await graphql(first.agent, STATUS)).data).toEqual({
      twoFactorStatus: { enabled: true, recoveryCodesLeft: 9 },
    });
    const second = await password(email);
    expect(code(await complete(second.agent, recoveryCodes[0]!))).toBe('BAD_USER_INPUT');
    expect(code(await complete(second.agent, recoveryCodes[1]!))).toBe('OK');
    expect(await audit('auth.recovery_code_use', since)).toHaveLength(2);
  });

  it('rate-limits the second step per account', async () => {
    const email = await spare();
    const { secret } = await enrol(email);
    const { agent } = await password(email);
    for (let i = 0; i < SECOND_FACTOR_FAILURES; i++) {
      expect(code(await complete(agent, '000000'))).toBe('BAD_USER_INPUT');
    }
    // Even the right code waits now, from a new sign-in and a new address too.
    expect(code(await complete(agent, totpCode(secret, 1)))).toBe('RATE_LIMITED');
    const again = await password(email);
    expect(code(await complete(again.agent, totpCode(secret, 1)))).toBe('RATE_LIMITED');
  });

  it('refuses bad input and the wrong roles', async () => {
    const { agent } = await password(await spare());
    expect(code(await complete(agent, ''))).toBe('BAD_USER_INPUT');
    expect(code(await complete(agent, 'x'.repeat(200)))).toBe('BAD_USER_INPUT');
    expect(code(await complete(test.browser(), '123456'))).toBe('UNAUTHENTICATED');
    const client = test.browser();
    await signIn(client, DEMO.client);
    expect(code(await graphql(client, START))).toBe('FORBIDDEN');
    expect(code(await graphql(client, STATUS))).toBe('FORBIDDEN');
    const counselor = test.browser();
    await signIn(counselor, DEMO.otherCounselor);
    expect(code(await graphql(counselor, RESET, { id: await idOf(DEMO.counselor) }))).toBe(
      'FORBIDDEN',
    );
    const admin = test.browser();
    await signIn(admin, DEMO.admin);
    expect(code(await graphql(admin, RESET, { id: 'not-a-uuid' }))).toBe('BAD_USER_INPUT');
  });

  it('turns two-factor off with a current code only', async () => {
    const email = await spare();
    const { agent, secret } = await enrol(email);
    expect(code(await graphql(agent, DISABLE, { input: { code: '000000' } }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await graphql(agent, DISABLE, { input: { code: totpCode(secret, 1) } }))).toBe(
      'OK',
    );
    expect((await graphql(agent, STATUS)).data).toEqual({
      twoFactorStatus: { enabled: false, recoveryCodesLeft: 0 },
    });
    const { rowCount } = await owner.query('SELECT 1 FROM recovery_code WHERE user_id = $1', [
      await idOf(email),
    ]);
    expect(rowCount).toBe(0);
    // A password alone signs in again, with the session cookie only (as before two-factor).
    const { result } = await password(email);
    expect(code(result)).toBe('OK');
    expect(String(result.headers['set-cookie'])).not.toContain('tandem_pending_login');
  });

  it("an admin resets a staff member's factors: sessions and pending sign-ins end", async () => {
    const email = await spare();
    const { agent: counselor } = await enrol(email);
    const id = await idOf(email);
    const waiting = await password(email);
    const admin = test.browser();
    await signIn(admin, DEMO.admin);
    const since = new Date();
    expect(code(await graphql(counselor, ME))).toBe('OK');
    expect(await graphql(admin, RESET, { id })).toMatchObject({ data: { resetTwoFactor: true } });
    expect(code(await graphql(counselor, ME))).toBe('UNAUTHENTICATED');
    expect(code(await complete(waiting.agent, '123456'))).toBe('UNAUTHENTICATED');
    expect(code((await password(email)).result)).toBe('OK');
    const left = await owner.query(
      `SELECT (SELECT count(*) FROM staff_totp WHERE user_id = $1)::int AS totp,
              (SELECT count(*) FROM recovery_code WHERE user_id = $1)::int AS codes`,
      [id],
    );
    expect(left.rows[0]).toEqual({ totp: 0, codes: 0 });
    expect(await audit('account.two_factor_reset', since)).toEqual([['ALLOWED', id]]);
    // Their own factor is turned off from the profile instead.
    expect(code(await graphql(admin, RESET, { id: await idOf(DEMO.admin) }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('a password reset by an admin ends a sign-in waiting for its code', async () => {
    const email = await spare();
    const { secret } = await enrol(email);
    const waiting = await password(email);
    const admin = test.browser();
    await signIn(admin, DEMO.admin);
    const issued = await graphql(
      admin,
      'mutation ($id: ID!) { issuePasswordReset(id: $id) { url } }',
      {
        id: await idOf(email),
      },
    );
    expect(code(issued)).toBe('OK');
    expect(code(await complete(waiting.agent, totpCode(secret, 1)))).toBe('UNAUTHENTICATED');
  });

  it("answers NOT_FOUND for another clinic's staff member, and records the denial", async () => {
    const other = await idOf(DEMO.otherClinicCounselor);
    const { agent: theirs, secret } = await enrol(DEMO.otherClinicCounselor);
    const admin = test.browser();
    await signIn(admin, DEMO.admin);
    const since = new Date();
    expect(code(await graphql(admin, RESET, { id: other }))).toBe('NOT_FOUND');
    expect(await audit('account.two_factor_reset', since)).toEqual([['DENIED', other]]);
    expect(code(await graphql(theirs, ME))).toBe('OK');
    const { rowCount } = await owner.query('SELECT 1 FROM staff_totp WHERE user_id = $1', [other]);
    expect(rowCount).toBe(1);
    expect(secret).toBeTruthy();
  });
});
