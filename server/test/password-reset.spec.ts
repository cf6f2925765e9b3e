import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { RESET_REQUESTS_PER_EMAIL, RESET_REQUESTS_PER_IP } from '../src/auth/login-rate-limiter';
import { RESET_REQUESTED } from '../src/auth/password-reset.service';
import { DEMO, graphql, signIn, startTestApp, TestApp } from './app';
import { listen, socketClient, subscribe, type Subscription } from './live-client';
import { startSmtpServer, TestSmtp } from './smtp';

const REQUEST =
  'mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';
const RESET = 'mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }';
const ISSUE = 'mutation ($id: ID!) { issuePasswordReset(id: $id) { url emailed expiresAt } }';
const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { id } }';
const ME = '{ me { id } }';
const CHANGE = 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }';

const tokenOf = (url: string) => url.split('#')[1]!;
const code = (result: { errors?: Array<{ extensions?: { code?: string } }> }) =>
  result.errors?.[0]?.extensions?.code ?? 'OK';
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

describe('password recovery (HTTP, real PostgreSQL, real SMTP server)', () => {
  let test: TestApp;
  let smtp: TestSmtp;
  let owner: Client;
  let nextIp = 1;
  /** Each request from an address of its own unless a test is about the per-IP limit. */
  const freshIp = () => ({ 'X-Forwarded-For': `198.51.100.${nextIp++}` });

  beforeAll(async () => {
    smtp = await startSmtpServer();
    test = await startTestApp({
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'https://tandem.example',
      TRUST_PROXY: 'true',
    });
    owner = new Client({ connectionString: test.database.ownerUrl });
    await owner.connect();
  });
  afterAll(async () => {
    await owner.end();
    await test.close();
    await smtp.close();
  });

  /** Active clients of the Riverbend clinic, to use up as the tests go. */
  let spareClients: Array<{ id: string; email: string }> = [];
  beforeAll(async () => {
    const { rows } = await owner.query<{ id: string; email: string }>(
      `SELECT u.id, u.email FROM app_user u JOIN clinic c ON c.id = u.clinic_id
        WHERE u.role = 'CLIENT' AND u.status = 'ACTIVE' AND u.email LIKE '%@riverbend.example'
          AND u.email <> $1 ORDER BY u.email`,
      [DEMO.client],
    );
    spareClients = rows;
  });
  const spare = () => {
    const next = spareClients.shift();
    if (!next) throw new Error('out of spare clients');
    return next;
  };

  async function admin() {
    const agent = test.browser();
    await signIn(agent, DEMO.admin);
    return agent;
  }

  async function issue(id: string, agent?: ReturnType<TestApp['browser']>) {
    const result = await graphql<{
      issuePasswordReset: { url: string; emailed: boolean; expiresAt: string };
    }>(agent ?? (await admin()), ISSUE, { id });
    if (result.errors) throw new Error(result.errors[0]!.message);
    return result.data!.issuePasswordReset;
  }

  const request = (email: unknown, headers: Record<string, string> = freshIp()) =>
    graphql<{ requestPasswordReset: string }>(
      test.browser(),
      REQUEST,
      { input: { email } },
      headers,
    );
  const reset = (token: unknown, password: unknown) =>
    graphql<{ resetPassword: boolean }>(
      test.browser(),
      RESET,
      { input: { token, password } },
      freshIp(),
    );
  const login = (email: string, password: string) =>
    graphql(test.browser(), LOGIN, { input: { email, password } }, freshIp());

  /** The reset link in the newest mail to `to`, waiting for it (it leaves after the answer). */
  async function mailedLink(to: string, after: number): Promise<string> {
    for (let i = 0; i < 100; i++) {
      const mail = smtp.mails.slice(after).find((m) => m.includes(`To: ${to}`));
      if (mail) {
        const url = /https:\/\/tandem\.example\/reset-password#[A-Za-z0-9_-]{43}/.exec(
          mail.replace(/=\r?\n/g, ''),
        );
        if (url) return url[0];
      }
      await new Promise((wait) => setTimeout(wait, 50));
    }
    throw new Error(`no reset mail to ${to}`);
  }

  async function audit(action: string, since: Date) {
    const { rows } = await owner.query<{
      outcome: string;
      entity_id: string | null;
      clinic_id: string | null;
      actor_id: string | null;
    }>(
      `SELECT outcome, entity_id, clinic_id, actor_id FROM audit_event
        WHERE action = $1 AND occurred_at >= $2 ORDER BY occurred_at`,
      [action, since],
    );
    return rows;
  }

  it('emails a single-use link that sets a new password and ends every session', async () => {
    const person = spare();
    const session = test.browser();
    await signIn(session, person.email);
    const since = new Date();
    const before = smtp.mails.length;
    const asked = await request(person.email.toUpperCase());
    expect(asked.data?.requestPasswordReset).toBe(RESET_REQUESTED);
    const url = await mailedLink(person.email, before);
    const token = tokenOf(url);
    // Only the hash is stored.
    const stored = await owner.query(
      `SELECT 1 FROM password_reset WHERE user_id = $1 AND token_hash = sha256($2::bytea)`,
      [person.id, Buffer.from(token)],
    );
    expect(stored.rowCount).toBe(1);

    expect((await reset(token, 'a brand new password')).data?.resetPassword).toBe(true);
    expect(code(await graphql(session, ME))).toBe('UNAUTHENTICATED');
    expect(code(await login(person.email, DEMO.password))).toBe('UNAUTHENTICATED');
    expect(code(await login(person.email, 'a brand new password'))).toBe('OK');

    // Used twice: refused, and the password stays.
    const again = await reset(token, 'yet another password');
    expect(again.errors?.[0]).toMatchObject({
      message: expect.stringContaining('not valid'),
      extensions: { code: 'NOT_FOUND' },
    });
    expect(code(await login(person.email, 'a brand new password'))).toBe('OK');

    expect((await audit('auth.password_reset_request', since)).map((e) => e.outcome)).toEqual([
      'ALLOWED',
    ]);
    const uses = await audit('auth.password_reset_use', since);
    expect(uses.map((e) => [e.outcome, e.entity_id])).toEqual([
      ['ALLOWED', person.id],
      ['DENIED', person.id],
    ]);
    expect(uses[0]!.actor_id).toBe(person.id);
    expect(uses[1]!.clinic_id).toBe(uses[0]!.clinic_id);
  });

  it('refuses an expired link', async () => {
    const person = spare();
    const { url } = await issue(person.id);
    await owner.query(
      `UPDATE password_reset SET expires_at = now() - interval '1 second' WHERE token_hash = sha256($1::bytea)`,
      [Buffer.from(tokenOf(url))],
    );
    expect(code(await reset(tokenOf(url), 'a brand new password'))).toBe('NOT_FOUND');
    expect(code(await login(person.email, DEMO.password))).toBe('OK');
  });

  it('refuses a link once a newer one exists', async () => {
    const person = spare();
    const first = await issue(person.id);
    const before = smtp.mails.length;
    await request(person.email);
    const newer = await mailedLink(person.email, before);
    expect(code(await reset(tokenOf(first.url), 'a brand new password'))).toBe('NOT_FOUND');
    expect(code(await reset(tokenOf(newer), 'a brand new password'))).toBe('OK');
  });

  it('refuses a link after the password changed', async () => {
    const person = spare();
    const before = smtp.mails.length;
    await request(person.email);
    const link = await mailedLink(person.email, before);
    const agent = test.browser();
    await signIn(agent, person.email);
    const changed = await graphql(agent, CHANGE, {
      input: { currentPassword: DEMO.password, newPassword: 'changed by hand' },
    });
    expect(changed.errors).toBeUndefined();
    expect(code(await reset(tokenOf(link), 'a brand new password'))).toBe('NOT_FOUND');
    expect(code(await login(person.email, 'changed by hand'))).toBe('OK');
  });

  it('answers an unknown address with the same words in comparable time', async () => {
    const known = [spare(), spare(), spare(), spare(), spare()].map((p) => p.email);
    const unknown = known.map(
      (_, i) => `nobody-${i}-${randomBytes(4).toString('hex')}@example.org`,
    );
    const timed = async (email: string) => {
      const start = process.hrtime.bigint();
      const result = await request(email);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      expect(result.errors).toBeUndefined();
      return { text: result.data!.requestPasswordReset, ms };
    };
    await timed(`warm-up-${randomBytes(4).toString('hex')}@example.org`);
    const knownRuns: number[] = [];
    const unknownRuns: number[] = [];
    const texts = new Set<string>();
    for (let i = 0; i < known.length; i++) {
      const a = await timed(known[i]!);
      const b = await timed(unknown[i]!);
      knownRuns.push(a.ms);
      unknownRuns.push(b.ms);
      texts.add(a.text).add(b.text);
    }
    expect([...texts]).toEqual([RESET_REQUESTED]);
    const [k, u] = [median(knownRuns), median(unknownRuns)];
    // Generous: the same work either way, so neither path should take three times the other.
    expect(Math.max(k, u) / Math.min(k, u)).toBeLessThan(3);
    // The unknown addresses are recorded as refused, with no clinic and no account.
    const refused = await owner.query(
      `SELECT clinic_id, entity_id FROM audit_event
        WHERE action = 'auth.password_reset_request' AND outcome = 'DENIED'
          AND occurred_at > now() - interval '5 minutes'`,
    );
    expect(refused.rows.length).toBeGreaterThanOrEqual(unknown.length);
    expect(refused.rows.every((r) => r.clinic_id === null && r.entity_id === null)).toBe(true);
  });

  it('limits requests per email address, known or not', async () => {
    for (const email of [spare().email, 'nobody-limited@example.org']) {
      const codes: string[] = [];
      for (let i = 0; i <= RESET_REQUESTS_PER_EMAIL; i++) codes.push(code(await request(email)));
      expect(codes).toEqual([...Array(RESET_REQUESTS_PER_EMAIL).fill('OK'), 'RATE_LIMITED']);
    }
  });

  it('limits requests per IP address, whatever the email', async () => {
    const from = { 'X-Forwarded-For': '203.0.113.50' };
    const codes: string[] = [];
    for (let i = 0; i <= RESET_REQUESTS_PER_IP; i++) {
      codes.push(code(await request(`visitor-${i}@example.org`, from)));
    }
    expect(codes.slice(0, RESET_REQUESTS_PER_IP).every((c) => c === 'OK')).toBe(true);
    expect(codes[RESET_REQUESTS_PER_IP]).toBe('RATE_LIMITED');
    expect(code(await request('visitor-0@example.org', freshIp()))).toBe('OK');
  });

  it("lets an admin issue a link that ends the account's sessions, emailed and shown", async () => {
    const person = spare();
    const session = test.browser();
    await signIn(session, person.email);
    const since = new Date();
    const before = smtp.mails.length;
    const agent = await admin();
    const link = await issue(person.id, agent);
    expect(link.url).toMatch(/^https:\/\/tandem\.example\/reset-password#[A-Za-z0-9_-]{43}$/);
    expect(link.emailed).toBe(true);
    expect(new Date(link.expiresAt).getTime() - Date.now()).toBeGreaterThan(59 * 60_000);
    expect(await mailedLink(person.email, before)).toBe(link.url);
    expect(code(await graphql(session, ME))).toBe('UNAUTHENTICATED');
    const issued = await audit('account.password_reset_issue', since);
    expect(issued.map((e) => [e.outcome, e.entity_id])).toEqual([['ALLOWED', person.id]]);
    expect(code(await reset(tokenOf(link.url), 'chosen after the admin'))).toBe('OK');
    expect(code(await login(person.email, 'chosen after the admin'))).toBe('OK');

    // Not for the admin's own account, nor for a deactivated one.
    const { id: adminId } = await signIn(test.browser(), DEMO.admin);
    expect(code(await graphql(agent, ISSUE, { id: adminId }))).toBe('BAD_USER_INPUT');
    const gone = spare();
    await graphql(agent, 'mutation ($id: ID!) { deactivateAccount(id: $id) { status } }', {
      id: gone.id,
    });
    expect(code(await graphql(agent, ISSUE, { id: gone.id }))).toBe('CONFLICT');
  });

  it("ends the account's live subscriptions when a link is issued and when it is used", async () => {
    const url = await listen(test.app);
    const { rows } = await owner.query<{ id: string }>('SELECT id FROM app_user WHERE email = $1', [
      DEMO.otherCounselor,
    ]);
    const counselorId = rows[0]!.id;
    /** The code a subscription ended with, or 'running'. */
    const endedWith = async (subscription: Subscription<unknown>, ms: number) => {
      const failure = await subscription.failure(ms);
      return failure === undefined
        ? 'running'
        : (/"code":"([A-Z_]+)"/.exec(JSON.stringify(failure))?.[1] ?? JSON.stringify(failure));
    };
    const caseload = async (password = DEMO.password) => {
      const { cookie } = await signIn(test.browser(), DEMO.otherCounselor, password);
      const subscription = subscribe(
        socketClient(url, { Cookie: cookie }),
        'subscription { caseloadActivity { kind coupleId } }',
      );
      expect(await endedWith(subscription, 400)).toBe('running');
      return subscription;
    };
    const first = await caseload();
    try {
      const link = await issue(counselorId);
      expect(await endedWith(first, 3000)).toBe('UNAUTHENTICATED');
      // Signed in again (the password still works until it is reset), then the link is used.
      const second = await caseload();
      try {
        expect(code(await reset(tokenOf(link.url), 'counselor reset password'))).toBe('OK');
        expect(await endedWith(second, 3000)).toBe('UNAUTHENTICATED');
      } finally {
        second.close();
      }
    } finally {
      first.close();
    }
  });

  it("answers NOT_FOUND for another clinic's account, and records the denial", async () => {
    const { rows } = await owner.query<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [
      DEMO.otherClinicCounselor,
    ]);
    const since = new Date();
    const result = await graphql(await admin(), ISSUE, { id: rows[0]!.id });
    expect(code(result)).toBe('NOT_FOUND');
    const denied = await audit('account.password_reset_issue', since);
    expect(denied.map((e) => [e.outcome, e.entity_id])).toEqual([['DENIED', rows[0]!.id]]);
    const made = await owner.query('SELECT 1 FROM password_reset WHERE user_id = $1', [
      rows[0]!.id,
    ]);
    expect(made.rowCount).toBe(0);
    // Counselors and clients may not issue links at all.
    const counselor = test.browser();
    await signIn(counselor, DEMO.counselor);
    expect(code(await graphql(counselor, ISSUE, { id: rows[0]!.id }))).toBe('FORBIDDEN');
  });

  it('refuses bad input with coded errors, never a 500', async () => {
    const huge = 'x'.repeat(100_000);
    const cases: Array<[string, Record<string, unknown>]> = [
      [REQUEST, { input: { email: `${huge}@example.org` } }],
      [REQUEST, { input: { email: 'not an email' } }],
      [REQUEST, { input: { email: 42 } }],
      [REQUEST, { input: {} }],
      [RESET, { input: { token: huge, password: 'a long new password' } }],
      [RESET, { input: { token: 'short', password: 'a long new password' } }],
      [RESET, { input: { token: randomBytes(32).toString('base64url'), password: 'short' } }],
      [RESET, { input: { token: randomBytes(32).toString('base64url'), password: huge } }],
      [RESET, { input: { token: ['a'], password: true } }],
      [ISSUE, { id: 'not-a-uuid' }],
      [ISSUE, { id: 12 }],
    ];
    const agent = await admin();
    for (const [query, variables] of cases) {
      const result = await graphql(agent, query, variables, freshIp());
      expect(result.status).toBeLessThan(500);
      expect(['BAD_USER_INPUT', 'BAD_REQUEST']).toContain(code(result));
    }
    // A well-formed token that matches nothing.
    expect(code(await reset(randomBytes(32).toString('base64url'), 'a long new password'))).toBe(
      'NOT_FOUND',
    );
  });
});
