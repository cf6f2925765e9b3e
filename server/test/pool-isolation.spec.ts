import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { DEMO, startTestApp, TestApp } from './app';

/** At least this many requests, alternating two clinics (and failures), over a tiny pool. */
const REQUESTS = 10_000;
const CONCURRENCY = 6;
const POOL_SIZE = 2;

interface Session {
  domain: string;
  cookie: string;
}

/**
 * The clinic of a request lives in its transaction only, so a pooled connection never carries
 * it into the next request: thousands of interleaved requests of two clinics, some of them
 * failing half-way (a rollback), over a pool of two connections, and not one row of the other
 * clinic in any answer.
 */
describe('connection pool isolation between clinics', () => {
  let test: TestApp;
  let url: string;
  let morganCouple: string;

  async function post(
    body: object,
    cookie?: string,
    retried = false,
  ): Promise<{
    json: {
      data?: { accounts?: { items: Array<{ email: string }> } } | null;
      errors?: Array<{ extensions?: { code?: string } }>;
    };
    setCookie: string | null;
  }> {
    // A keep-alive socket the server has just closed is the transport's problem: send again.
    const sent = fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
    const response = await sent.catch((error: Error) => {
      if (retried) throw error;
      return undefined;
    });
    if (!response) return post(body, cookie, true);
    return {
      json: (await response.json()) as {
        data?: { accounts?: { items: Array<{ email: string }> } } | null;
        errors?: Array<{ extensions?: { code?: string } }>;
      },
      setCookie: response.headers.get('set-cookie'),
    };
  }

  async function signIn(email: string): Promise<Session> {
    const { setCookie } = await post({
      query: 'mutation ($input: LoginInput!) { login(input: $input) { id } }',
      variables: { input: { email, password: DEMO.password } },
    });
    return { domain: email.split('@')[1], cookie: setCookie!.split(';')[0] };
  }

  beforeAll(async () => {
    test = await startTestApp({ DATABASE_POOL_SIZE: String(POOL_SIZE) });
    await test.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(test.app.getHttpServer().address() as AddressInfo).port}`;
    const owner = new Client({ connectionString: test.database.ownerUrl });
    await owner.connect();
    const { rows } = await owner.query(
      `SELECT p.couple_id FROM couple_partner p JOIN app_user u ON u.id = p.client_id WHERE u.email = $1`,
      [DEMO.client],
    );
    morganCouple = rows[0].couple_id;
    await owner.end();
  });

  afterAll(() => test.close());

  it(`answers ${REQUESTS} interleaved requests of two clinics with 0 rows of the other clinic`, async () => {
    const riverbend = await signIn(DEMO.admin);
    const harbor = await signIn(DEMO.otherClinicAdmin);
    let next = 0;
    let crossClinicRows = 0;
    let listed = 0;
    let refused = 0;
    let unexpected = 0;
    const worker = async () => {
      for (let i = next++; i < REQUESTS; i = next++) {
        const session = i % 2 === 0 ? riverbend : harbor;
        if (i % 5 === 4) {
          // Harbor asking for a Riverbend couple: refused, and its transaction rolled back.
          const { json } = await post(
            {
              query: 'query ($id: ID!) { couple(id: $id) { id } }',
              variables: { id: morganCouple },
            },
            harbor.cookie,
          );
          if (json.errors?.[0]?.extensions?.code === 'NOT_FOUND') refused += 1;
          else unexpected += 1;
          continue;
        }
        const { json } = await post(
          { query: '{ accounts(limit: 100) { items { email } } }' },
          session.cookie,
        );
        const items = json.data?.accounts?.items;
        if (!items || items.length === 0) {
          unexpected += 1;
          continue;
        }
        listed += 1;
        crossClinicRows += items.filter(
          (item) => !item.email.endsWith(`@${session.domain}`),
        ).length;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect({ crossClinicRows, unexpected, answered: listed + refused }).toEqual({
      crossClinicRows: 0,
      unexpected: 0,
      answered: REQUESTS,
    });
    expect(refused).toBe(REQUESTS / 5);
  }, 240_000);
});
