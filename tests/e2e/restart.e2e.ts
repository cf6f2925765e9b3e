import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO, DEMO_PASSWORD } from '../support/demo';
import { ARTIFACTS_DIR } from '../support/paths';
import { startServer, stopServer } from '../support/server';

/** Posts one GraphQL operation with an optional session cookie; returns the body and cookie. */
async function call(url: string, query: string, cookie?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify({ query }),
  });
  const setCookie = response.headers.get('set-cookie')?.split(';')[0];
  return {
    body: (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] },
    cookie: setCookie,
  };
}

async function signInAsAdmin(url: string) {
  const { cookie } = await call(
    url,
    `mutation { login(input: { email: "${DEMO.admin.email}", password: "${DEMO_PASSWORD}" }) { id } }`,
  );
  return cookie!;
}

describe('the embedded database across restarts', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'tandem-restart-'));
    await chmod(dataDir, 0o755);
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('keeps what was written, does not load the demo twice, and stops PostgreSQL with the app', async () => {
    const log = resolve(ARTIFACTS_DIR, 'restart-server.log');
    const email = `kept.${Date.now()}@nowhere.example`;

    const first = await startServer({ dataDir, log });
    try {
      const cookie = await signInAsAdmin(first.url);
      const invited = await call(
        first.url,
        `mutation { inviteUser(input: { email: "${email}", displayName: "Kept Across Restarts", role: CLIENT }) { url } }`,
        cookie,
      );
      expect(invited.body.errors).toBeUndefined();
    } finally {
      await stopServer(first, { keepData: true });
    }
    expect(existsSync(join(dataDir, 'pgdata', 'postmaster.pid'))).toBe(false);

    const second = await startServer({ dataDir, log });
    try {
      const cookie = await signInAsAdmin(second.url);
      const { body } = await call(
        second.url,
        '{ invitations { items { email } } accounts(filter: { status: ACTIVE }) { totalCount } }',
        cookie,
      );
      const data = body.data as {
        invitations: { items: Array<{ email: string }> };
        accounts: { totalCount: number };
      };
      expect(data.invitations.items.map((item) => item.email)).toContain(email);
      // The demo's former clients (discharged couples) are deactivated accounts.
      expect(data.accounts.totalCount).toBe(1 + 3 + 24);
    } finally {
      await stopServer(second, { keepData: true });
    }
  });
});
