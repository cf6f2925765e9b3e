import { DEMO, graphql, signIn, startTestApp, TestApp } from './app';

const CASELOAD = `query ($limit: Int!, $offset: Int!) {
  caseload(limit: $limit, offset: $offset, sort: IN_CARE_SINCE) {
    totalCount
    items { id name isPrimaryCounselor inCareSince partners { id displayName } }
  }
}`;

interface Caseload {
  caseload: {
    totalCount: number;
    items: Array<{
      name: string;
      isPrimaryCounselor: boolean;
      inCareSince: string;
      partners: Array<{ displayName: string }>;
    }>;
  };
}

describe('home pages of each role (HTTP, real PostgreSQL)', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(() => test.close());

  it("gives a counselor exactly their care team's couples, newest in care first, in pages", async () => {
    const maya = test.browser();
    await signIn(maya, DEMO.counselor);
    const all = await graphql<Caseload>(maya, CASELOAD, { limit: 50, offset: 0 });
    const names = all.data!.caseload.items.map((couple) => couple.name);
    // Four couples as primary, two more as second counselor (see demo-clinics.ts).
    expect(all.data!.caseload.totalCount).toBe(6);
    expect(names).toContain('Alex & Sam Morgan');
    expect(names).not.toContain('Noah & Mia Larsen');
    const dates = all.data!.caseload.items.map((couple) => couple.inCareSince);
    expect([...dates].sort().reverse()).toEqual(dates);
    const morgan = all.data!.caseload.items.find((couple) => couple.name === 'Alex & Sam Morgan')!;
    expect(morgan.isPrimaryCounselor).toBe(true);
    expect(morgan.partners.map((p) => p.displayName)).toEqual(['Alex Morgan', 'Sam Morgan']);

    const second = await graphql<Caseload>(maya, CASELOAD, { limit: 4, offset: 4 });
    expect(second.data!.caseload).toMatchObject({ totalCount: 6 });
    expect(second.data!.caseload.items.map((c) => c.name)).toEqual(names.slice(4));
  });

  it('refuses page sizes past the maximum and negative offsets', async () => {
    const maya = test.browser();
    await signIn(maya, DEMO.counselor);
    for (const variables of [
      { limit: 201, offset: 0 },
      { limit: 0, offset: 0 },
      { limit: 10, offset: -1 },
    ]) {
      const result = await graphql(maya, CASELOAD, variables);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it("shows another clinic's counselor only their own clinic", async () => {
    const lena = test.browser();
    await signIn(lena, DEMO.otherClinicCounselor);
    const result = await graphql<Caseload>(lena, CASELOAD, { limit: 50, offset: 0 });
    expect(result.data!.caseload.items.map((c) => c.name)).toEqual(['Noah & Mia Larsen']);
  });

  it('gives a client their partner and care team', async () => {
    const alex = test.browser();
    await signIn(alex, DEMO.client);
    const result = await graphql(
      alex,
      '{ myCouple { name partner { displayName } careTeam { displayName isPrimary } } }',
    );
    expect(result.data).toEqual({
      myCouple: {
        name: 'Alex & Sam Morgan',
        partner: { displayName: 'Sam Morgan' },
        careTeam: [
          { displayName: 'Maya Okafor', isPrimary: true },
          { displayName: 'Daniel Reyes', isPrimary: false },
        ],
      },
    });
  });

  it("gives an admin their own clinic's head counts", async () => {
    const admin = test.browser();
    await signIn(admin, DEMO.admin);
    const result = await graphql(
      admin,
      '{ clinicOverview { clinic { name } counselorCount clientCount activeCoupleCount } }',
    );
    expect(result.data).toEqual({
      clinicOverview: {
        clinic: { name: 'Riverbend Counseling' },
        counselorCount: 3,
        clientCount: 24,
        activeCoupleCount: 12,
      },
    });
    const other = test.browser();
    await signIn(other, DEMO.otherClinicAdmin);
    const theirs = await graphql(other, '{ clinicOverview { clinic { name } clientCount } }');
    expect(theirs.data).toEqual({
      clinicOverview: { clinic: { name: 'Harbor Light Therapy' }, clientCount: 2 },
    });
  });

  it('reports readiness through /health/ready', async () => {
    const ready = await test.browser().get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ok', database: 'up' });
  });
});
