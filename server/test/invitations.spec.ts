import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { FAILURES_PER_TOKEN_PREFIX, TOKEN_PREFIX_LENGTH } from '../src/auth/login-rate-limiter';
import { PasswordHasher } from '../src/auth/password-hasher';
import { startSmtpServer, TestSmtp } from './smtp';
import { DEMO, graphql, signIn, startTestApp, TestApp } from './app';

const INVITE = `mutation ($input: InviteUserInput!) {
  inviteUser(input: $input) { url emailed invitation { id email role status invitedByName } }
}`;
const PREVIEW =
  'query ($token: String!) { invitationPreview(token: $token) { clinicName email displayName role } }';
const ACCEPT =
  'mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id email role clinic { name } } }';

const tokenOf = (url: string) => url.split('#')[1];
/** A link token no invitation has, optionally starting with `prefix`. */
const randomToken = (prefix = '') =>
  prefix + randomBytes(32).toString('base64url').slice(prefix.length);
const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { id } }';
const PASSWORD = 'a long new password';

describe('invitations (HTTP, real PostgreSQL, real SMTP server)', () => {
  let test: TestApp;
  let smtp: TestSmtp;
  let owner: Client;
  let mails: string[];

  beforeAll(async () => {
    smtp = await startSmtpServer();
    mails = smtp.mails;
    test = await startTestApp({
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'https://tandem.example',
    });
    owner = new Client({ connectionString: test.database.ownerUrl });
    await owner.connect();
  });
  afterAll(async () => {
    await owner.end();
    await test.close();
    await smtp.close();
  });

  async function invite(email: string, role = 'COUNSELOR') {
    const admin = test.browser();
    await signIn(admin, DEMO.admin);
    return {
      admin,
      result: await graphql<{
        inviteUser: { url: string; emailed: boolean; invitation: { id: string; status: string } };
      }>(admin, INVITE, { input: { email, displayName: 'Robin Quill', role } }),
    };
  }

  it('gives the admin a single-use link, emails it, and lets the invitee join and sign in', async () => {
    const { result } = await invite(' Robin.Quill@Example.org ');
    const { url, emailed, invitation } = result.data!.inviteUser;
    expect(url).toMatch(/^https:\/\/tandem\.example\/accept-invitation#[A-Za-z0-9_-]{43}$/);
    expect(emailed).toBe(true);
    expect(invitation).toMatchObject({ status: 'PENDING' });
    expect(mails.at(-1)).toContain('To: robin.quill@example.org');
    expect(mails.at(-1)!.replace(/=\r?\n/g, '')).toContain(tokenOf(url));

    const stored = await owner.query('SELECT token_hash FROM invitation WHERE id = $1', [
      invitation.id,
    ]);
    expect(stored.rows[0].token_hash.toString('utf8')).not.toContain(tokenOf(url));

    const preview = await graphql(test.browser(), PREVIEW, { token: tokenOf(url) });
    expect(preview.data).toEqual({
      invitationPreview: {
        clinicName: 'Riverbend Counseling',
        email: 'robin.quill@example.org',
        displayName: 'Robin Quill',
        role: 'COUNSELOR',
      },
    });

    const invitee = test.browser();
    const accepted = await graphql(invitee, ACCEPT, {
      input: { token: tokenOf(url), password: 'a long new password' },
    });
    expect(accepted.data).toEqual({
      acceptInvitation: {
        id: expect.any(String),
        email: 'robin.quill@example.org',
        role: 'COUNSELOR',
        clinic: { name: 'Riverbend Counseling' },
      },
    });
    expect((await graphql(invitee, '{ caseload { totalCount } }')).data).toEqual({
      caseload: { totalCount: 0 },
    });
    await signIn(test.browser(), 'robin.quill@example.org', 'a long new password');

    const again = await graphql(test.browser(), ACCEPT, {
      input: { token: tokenOf(url), password: 'another long password' },
    });
    expect(again.errors?.[0]).toMatchObject({
      extensions: { code: 'NOT_FOUND' },
      message: expect.stringMatching(/not valid/),
    });
  });

  it('refuses short passwords, taken emails and a second open invitation to one address', async () => {
    const { result } = await invite('casey.short@example.org', 'CLIENT');
    const short = await graphql(test.browser(), ACCEPT, {
      input: { token: tokenOf(result.data!.inviteUser.url), password: 'too short' },
    });
    expect(short.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/at least 12/),
    });

    const twice = await invite('casey.short@example.org', 'CLIENT');
    expect(twice.result.errors?.[0].extensions?.code).toBe('CONFLICT');
    const taken = await invite(DEMO.client, 'CLIENT');
    expect(taken.result.errors?.[0].extensions?.code).toBe('CONFLICT');
    const malformed = await invite('not an email', 'CLIENT');
    expect(malformed.result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('replaces the link on resend, and stops it on revoke or after 7 days', async () => {
    const { admin, result } = await invite('sky.resend@example.org', 'CLIENT');
    const first = result.data!.inviteUser;
    const resent = await graphql<{ resendInvitation: { url: string } }>(
      admin,
      'mutation ($id: ID!) { resendInvitation(id: $id) { url } }',
      {
        id: first.invitation.id,
      },
    );
    const second = resent.data!.resendInvitation.url;
    expect(second).not.toBe(first.url);
    expect(
      (await graphql(test.browser(), PREVIEW, { token: tokenOf(first.url) })).errors?.[0].extensions
        ?.code,
    ).toBe('NOT_FOUND');
    expect((await graphql(test.browser(), PREVIEW, { token: tokenOf(second) })).data).toBeTruthy();

    await owner.query(
      "UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1",
      [first.invitation.id],
    );
    expect(
      (await graphql(test.browser(), PREVIEW, { token: tokenOf(second) })).errors?.[0].extensions
        ?.code,
    ).toBe('NOT_FOUND');
    await owner.query("UPDATE invitation SET expires_at = now() + interval '1 day' WHERE id = $1", [
      first.invitation.id,
    ]);

    const revoked = await graphql(
      admin,
      'mutation ($id: ID!) { revokeInvitation(id: $id) { status } }',
      { id: first.invitation.id },
    );
    expect(revoked.data).toEqual({ revokeInvitation: { status: 'REVOKED' } });
    expect(
      (await graphql(test.browser(), PREVIEW, { token: tokenOf(second) })).errors?.[0].extensions
        ?.code,
    ).toBe('NOT_FOUND');
    const list = await graphql<{
      invitations: { items: Array<{ email: string; status: string }> };
    }>(admin, '{ invitations(status: REVOKED) { items { email status } } }');
    expect(list.data!.invitations.items).toContainEqual({
      email: 'sky.resend@example.org',
      status: 'REVOKED',
    });
  });

  it('lets only one of two simultaneous accepts through', async () => {
    const { result } = await invite('twin.accept@example.org', 'CLIENT');
    const token = tokenOf(result.data!.inviteUser.url);
    const attempts = await Promise.all(
      [1, 2].map(() =>
        graphql(test.browser(), ACCEPT, { input: { token, password: 'a long new password' } }),
      ),
    );
    expect(attempts.filter((attempt) => attempt.data?.acceptInvitation).length).toBe(1);
    const { rows } = await owner.query(
      "SELECT count(*)::int AS n FROM app_user WHERE email = 'twin.accept@example.org'",
    );
    expect(rows[0].n).toBe(1);
  });
  it("tells an admin nothing about another clinic's accounts: the invitation is made, its acceptance refused to the invitee alone", async () => {
    const lena = DEMO.otherClinicCounselor;
    const fresh = await invite('someone.new@example.org', 'CLIENT');
    const elsewhere = await invite(lena, 'CLIENT');
    const shape = (answer: typeof fresh.result) => ({
      errors: answer.errors,
      emailed: answer.data?.inviteUser.emailed,
      status: answer.data?.inviteUser.invitation.status,
      link: /accept-invitation#[A-Za-z0-9_-]{43}$/.test(answer.data?.inviteUser.url ?? ''),
    });
    expect(shape(elsewhere.result)).toEqual(shape(fresh.result));
    expect(shape(elsewhere.result)).toEqual({
      errors: undefined,
      emailed: true,
      status: 'PENDING',
      link: true,
    });
    const { url, invitation } = elsewhere.result.data!.inviteUser;
    const preview = await graphql(test.browser(), PREVIEW, { token: tokenOf(url) });
    expect(preview.data).toMatchObject({ invitationPreview: { email: lena } });

    const refused = await graphql(test.browser(), ACCEPT, {
      input: { token: tokenOf(url), password: PASSWORD },
    });
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: expect.stringMatching(/already has a Tandem account.*sign in/i),
    });
    expect(refused.headers['set-cookie']).toBeUndefined();
    const { rows } = await owner.query(
      `SELECT c.name FROM app_user u JOIN clinic c ON c.id = u.clinic_id WHERE u.email = $1`,
      [lena],
    );
    expect(rows).toEqual([{ name: 'Harbor Light Therapy' }]);

    // The inviting clinic sees a link not yet used, as for anyone who has not answered.
    const seen = await graphql<{
      invitations: { items: Array<{ id: string; status: string }> };
      auditEvents: { items: Array<{ action: string; outcome: string; entityId: string }> };
    }>(
      elsewhere.admin,
      `
        {
          invitations {
            items {
              id
              status
            }
          }
          auditEvents(filter: { action: "invitation." }) {
            items {
              action
              outcome
              entityId
            }
          }
        }
      `,
    );
    expect(seen.data!.invitations.items).toContainEqual({ id: invitation.id, status: 'PENDING' });
    expect(
      seen.data!.auditEvents.items.filter((event) => event.entityId === invitation.id),
    ).toEqual([{ action: 'invitation.create', outcome: 'ALLOWED', entityId: invitation.id }]);
  });

  it('looks the link up before hashing any password', async () => {
    const hash = jest.spyOn(test.app.get(PasswordHasher), 'hash');
    try {
      const unknown = await graphql(test.browser(), ACCEPT, {
        input: { token: randomToken(), password: PASSWORD },
      });
      expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(hash).not.toHaveBeenCalled();
      const { result } = await invite('hash.after@example.org', 'CLIENT');
      const accepted = await graphql(test.browser(), ACCEPT, {
        input: { token: tokenOf(result.data!.inviteUser.url), password: PASSWORD },
      });
      expect(accepted.errors).toBeUndefined();
      expect(hash).toHaveBeenCalledTimes(1);
    } finally {
      hash.mockRestore();
    }
  });

  describe('rate limits in PostgreSQL, like sign-in', () => {
    /** A second replica on the same database that reads the client's IP from X-Forwarded-For. */
    let proxied: TestApp;
    let nextIp = 1;
    const freshIp = () => `198.51.100.${nextIp++}`;
    const from = (ip: string) => ({ 'X-Forwarded-For': ip });
    const preview = (token: string, ip: string) =>
      graphql(proxied.browser(), PREVIEW, { token }, from(ip));
    const accept = (token: string, ip: string) =>
      graphql(proxied.browser(), ACCEPT, { input: { token, password: PASSWORD } }, from(ip));
    const code = (result: { errors?: Array<{ extensions?: { code?: string } }> }) =>
      result.errors?.[0]?.extensions?.code ?? 'OK';

    beforeAll(async () => {
      proxied = await startTestApp({ TRUST_PROXY: 'true' }, test.database);
    });
    afterAll(() => proxied.close());

    it('limits previews and accepts per IP address, whatever the token', async () => {
      const ip = '203.0.113.20';
      const codes: string[] = [];
      for (let i = 0; i < 30; i++) {
        codes.push(code(await (i % 2 ? accept : preview)(randomToken(), ip)));
      }
      expect(new Set(codes)).toEqual(new Set(['NOT_FOUND']));
      const { result } = await invite('ip.limited@example.org', 'CLIENT');
      const valid = tokenOf(result.data!.inviteUser.url);
      expect([code(await preview(valid, ip)), code(await accept(valid, ip))]).toEqual([
        'RATE_LIMITED',
        'RATE_LIMITED',
      ]);
      expect(code(await preview(valid, freshIp()))).toBe('OK');
    });

    it('refuses an IP that sign-in already refuses', async () => {
      const ip = '203.0.113.21';
      for (let i = 0; i < 31; i++) {
        const input = { email: `walker${i}@nowhere.example`, password: 'a guess' };
        await graphql(proxied.browser(), LOGIN, { input }, from(ip));
      }
      expect(code(await accept(randomToken(), ip))).toBe('RATE_LIMITED');
      expect(code(await preview(randomToken(), ip))).toBe('RATE_LIMITED');
    });

    it(`refuses a token prefix after ${FAILURES_PER_TOKEN_PREFIX} failures, from any IP`, async () => {
      const prefix = randomToken().slice(0, TOKEN_PREFIX_LENGTH);
      const codes: string[] = [];
      for (let i = 0; i < FAILURES_PER_TOKEN_PREFIX; i++) {
        codes.push(code(await (i % 2 ? accept : preview)(randomToken(prefix), freshIp())));
      }
      expect(new Set(codes)).toEqual(new Set(['NOT_FOUND']));
      expect(code(await preview(randomToken(prefix), freshIp()))).toBe('RATE_LIMITED');
      expect(code(await accept(randomToken(prefix), freshIp()))).toBe('RATE_LIMITED');
      expect(code(await preview(randomToken(), freshIp()))).toBe('NOT_FOUND');
    });
  });
});
