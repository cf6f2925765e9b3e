import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { ErrorCode } from '../src/graphql/errors';
import { DEMO, startTestApp, TestApp } from './app';
import { idOf, morgansSubmission } from './exercise-fixtures';
import { hostileRequests, KINDS, type HostileRequest, type Sender } from './fuzz/hostile-requests';

const REQUESTS = 1_200;
const CONCURRENCY = 8;
const SEED = 20261125;
/** Tables a refused request may rightly write: its audit row, session use, rate-limit counts. */
const MAY_CHANGE = new Set(['audit_event', 'user_session', 'login_rate_limit']);
const STABLE_CODES = new Set<string>(
  Object.values(ErrorCode).filter((code) => code !== ErrorCode.Internal),
);

describe('generator of hostile requests', () => {
  const targets = { couple: 'c', submission: 's', assignment: 'a', client: 'u' };

  it('makes the same requests for the same seed, and others for another', () => {
    const first = hostileRequests(7, 60, targets);
    expect(hostileRequests(7, 60, targets)).toEqual(first);
    expect(hostileRequests(8, 60, targets)).not.toEqual(first);
  });

  it(`covers every kind within ${REQUESTS} requests`, () => {
    const kinds = new Set(hostileRequests(SEED, REQUESTS, targets).map((r) => r.kind));
    expect([...kinds].sort()).toEqual([...KINDS].sort());
  });
});

/**
 * More than a thousand malformed or hostile requests through HTTP: no 5xx, every GraphQL error
 * with a stable code, and every table exactly as it was.
 */
describe('hostile requests against a real server', () => {
  let test: TestApp;
  let owner: Client;
  let url: string;
  const cookies: Partial<Record<Sender, string>> = {};

  async function checksums(): Promise<Record<string, string>> {
    const { rows: tables } = await owner.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const sums: Record<string, string> = {};
    for (const { tablename } of tables) {
      if (MAY_CHANGE.has(tablename)) continue;
      const { rows } = await owner.query(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum
           FROM "${tablename}" t`,
      );
      sums[tablename] = `${rows[0].n}:${rows[0].sum}`;
    }
    return sums;
  }

  async function cookieOf(email: string): Promise<string> {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($input: LoginInput!) { login(input: $input) { id } }',
        variables: { input: { email, password: DEMO.password } },
      }),
    });
    const cookie = response.headers.get('set-cookie')?.split(';')[0];
    if (!cookie) throw new Error(`could not sign in as ${email}`);
    return cookie;
  }

  async function send(request: HostileRequest) {
    const cookie = request.cookie ?? cookies[request.sender];
    const headers: Record<string, string> = {};
    if (request.contentType) headers['content-type'] = request.contentType;
    if (cookie) headers.cookie = cookie;
    const response =
      request.method === 'GET'
        ? await fetch(`${url}/graphql?${request.body}`, { headers })
        : await fetch(`${url}/graphql`, { method: 'POST', headers, body: request.body });
    const text = await response.text();
    let json: { errors?: Array<{ extensions?: { code?: string } }> } | undefined;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, json };
  }

  beforeAll(async () => {
    test = await startTestApp();
    await test.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(test.app.getHttpServer().address() as AddressInfo).port}`;
    owner = new Client({ connectionString: test.database.ownerUrl });
    await owner.connect();
    cookies.client = await cookieOf('jordan.bennett@riverbend.example');
    cookies.otherClinicCounselor = await cookieOf(DEMO.otherClinicCounselor);
    cookies.expired = await cookieOf(DEMO.otherCounselor);
    await owner.query(
      `UPDATE user_session SET expires_at = now() - interval '1 minute'
        WHERE user_id = (SELECT id FROM app_user WHERE email = $1)`,
      [DEMO.otherCounselor],
    );
  });

  afterAll(async () => {
    await owner.end();
    await test.close();
  });

  it(`answers ${REQUESTS} of them without a 5xx, each error with a stable code, and changes nothing`, async () => {
    const target = await morgansSubmission(test, owner);
    const requests = hostileRequests(SEED, REQUESTS, {
      couple: target.coupleId,
      submission: target.submissionId,
      assignment: target.assignmentId,
      client: await idOf(owner, 'SELECT id FROM app_user WHERE email = $1', [DEMO.client]),
    });
    const before = await checksums();

    const serverErrors: string[] = [];
    const reached: string[] = [];
    const codeless: string[] = [];
    const statuses = new Map<number, number>();
    const codes = new Map<string, number>();
    const withoutBody: string[] = [];
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < requests.length; i = next++) {
        const request = requests[i];
        const { status, json } = await send(request);
        if (request.kind === "other clinic's ids") {
          // Signed in, and refused as if the record did not exist (or, for a client, by role).
          const code = json?.errors?.[0]?.extensions?.code;
          if (code !== 'NOT_FOUND' && code !== 'FORBIDDEN')
            reached.push(`${request.body} → ${code}`);
        }
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status >= 500) serverErrors.push(`${request.kind} → ${status}`);
        for (const error of json?.errors ?? []) {
          const code = error.extensions?.code ?? '(none)';
          codes.set(code, (codes.get(code) ?? 0) + 1);
          if (!STABLE_CODES.has(code))
            codeless.push(`${request.kind} → ${code} ${request.body.slice(0, 200)}`);
        }
        // Every answer, even to a body that cannot be read, is GraphQL with its errors coded.
        if (!json || (status >= 400 && !json.errors?.length)) {
          withoutBody.push(`${request.kind} → ${status}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    expect(serverErrors).toEqual([]);
    expect(codeless).toEqual([]);
    expect(withoutBody).toEqual([]);
    expect(reached).toEqual([]);
    expect(await checksums()).toEqual(before);
    // The figures for docs/reliability.md.
    process.stdout.write(
      `fuzz: ${requests.length} requests; statuses ${JSON.stringify(Object.fromEntries(statuses))}; codes ${JSON.stringify(Object.fromEntries(codes))}\n`,
    );
  }, 180_000);
});
