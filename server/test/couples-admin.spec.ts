import { DEMO, graphql, signIn, startTestApp, TestApp } from './app';

const COUPLE_FIELDS =
  'id name status confidentialityPolicy version partners { id displayName } careTeam { counselorId displayName isPrimary }';
const CREATE = `mutation ($input: CreateCoupleInput!) { createCouple(input: $input) { ${COUPLE_FIELDS} } }`;
type Couple = {
  id: string;
  name: string;
  status: string;
  version: number;
  partners: Array<{ id: string; displayName: string }>;
  careTeam: Array<{ counselorId: string; displayName: string; isPrimary: boolean }>;
};

describe('forming couples and care teams (HTTP, real PostgreSQL)', () => {
  let test: TestApp;
  let admin: ReturnType<TestApp['browser']>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    test = await startTestApp();
    admin = test.browser();
    await signIn(admin, DEMO.admin);
    const accounts = await graphql<{ accounts: { items: Array<{ id: string; email: string }> } }>(
      admin,
      '{ accounts(limit: 200) { items { id email } } }',
    );
    for (const account of accounts.data!.accounts.items) ids[account.email] = account.id;
    // Free two clients by discharging the Morgans.
    const morgan = await graphql<{ couples: { items: Array<{ id: string }> } }>(
      admin,
      '{ couples(filter: { search: "Morgan" }) { items { id } } }',
    );
    ids.morgan = morgan.data!.couples.items[0].id;
  });
  afterAll(() => test.close());

  it('discharges a couple, which frees its partners, and refuses to form a couple from a client already in one', async () => {
    const busy = await graphql(admin, CREATE, {
      input: {
        name: 'Alex & Jordan',
        partnerIds: [ids[DEMO.client], ids['jordan.bennett@riverbend.example']],
        confidentialityPolicy: 'NO_SECRETS',
        careTeam: { primaryCounselorId: ids['priya.shah@riverbend.example'] },
      },
    });
    expect(busy.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: expect.stringMatching(/already in an active couple/),
    });
    // The couple row was written before the partner insert failed: the whole operation rolled back.
    const after = await graphql<{ couples: { totalCount: number } }>(
      admin,
      '{ couples(filter: { search: "Alex & Jordan" }) { totalCount } }',
    );
    expect(after.data!.couples.totalCount).toBe(0);

    const discharged = await graphql<{ dischargeCouple: Couple }>(
      admin,
      `mutation ($id: ID!) { dischargeCouple(id: $id) { ${COUPLE_FIELDS} } }`,
      { id: ids.morgan },
    );
    expect(discharged.data!.dischargeCouple.status).toBe('DISCHARGED');
    const free = await graphql<{ accounts: { items: Array<{ email: string }> } }>(
      admin,
      '{ accounts(filter: { withoutActiveCouple: true }) { items { email } } }',
    );
    expect(free.data!.accounts.items.map((a) => a.email).sort()).toEqual([
      DEMO.client,
      'sam.morgan@riverbend.example',
    ]);
  });

  it('forms a couple with its care team; the primary counselor sees it, another counselor does not', async () => {
    const created = await graphql<{ createCouple: Couple }>(admin, CREATE, {
      input: {
        name: 'Alex & Sam, second round',
        partnerIds: [ids[DEMO.client], ids['sam.morgan@riverbend.example']],
        confidentialityPolicy: 'LIMITED_SECRETS',
        careTeam: {
          primaryCounselorId: ids['priya.shah@riverbend.example'],
          otherCounselorIds: [ids['daniel.reyes@riverbend.example']],
        },
      },
    });
    const couple = created.data!.createCouple;
    expect(couple).toMatchObject({ status: 'ACTIVE', confidentialityPolicy: 'LIMITED_SECRETS' });
    expect(couple.careTeam).toEqual([
      {
        counselorId: ids['priya.shah@riverbend.example'],
        displayName: 'Priya Shah',
        isPrimary: true,
      },
      {
        counselorId: ids['daniel.reyes@riverbend.example'],
        displayName: 'Daniel Reyes',
        isPrimary: false,
      },
    ]);

    const priya = test.browser();
    await signIn(priya, 'priya.shah@riverbend.example');
    const caseload = await graphql<{
      caseload: { items: Array<{ id: string; isPrimaryCounselor: boolean }> };
    }>(priya, '{ caseload { items { id isPrimaryCounselor } } }');
    expect(caseload.data!.caseload.items).toContainEqual({
      id: couple.id,
      isPrimaryCounselor: true,
    });
    expect(
      (await graphql(priya, 'query ($id: ID!) { couple(id: $id) { name } }', { id: couple.id }))
        .data,
    ).toEqual({
      couple: { name: 'Alex & Sam, second round' },
    });

    const maya = test.browser();
    await signIn(maya, DEMO.counselor);
    const hidden = await graphql(maya, 'query ($id: ID!) { couple(id: $id) { name } }', {
      id: couple.id,
    });
    const missing = await graphql(
      maya,
      'query { couple(id: "00000000-0000-4000-8000-000000000000") { name } }',
    );
    // Out of reach and missing answer alike: same code, same message.
    expect(hidden.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND' });
    expect(hidden.errors?.[0].message).toBe(missing.errors?.[0].message);
    expect(missing.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND' });

    const alex = test.browser();
    await signIn(alex, DEMO.client);
    expect((await graphql(alex, '{ myCouple { name confidentialityPolicy } }')).data).toEqual({
      myCouple: { name: 'Alex & Sam, second round', confidentialityPolicy: 'LIMITED_SECRETS' },
    });
  });

  it('changes the care team and details, refusing stale edits and the reopening of a couple whose partners moved on', async () => {
    const team = await graphql<{ setCareTeam: Couple }>(
      admin,
      `mutation ($id: ID!, $team: CareTeamInput!) { setCareTeam(coupleId: $id, careTeam: $team) { ${COUPLE_FIELDS} } }`,
      {
        id: ids.morgan,
        team: { primaryCounselorId: ids['daniel.reyes@riverbend.example'], otherCounselorIds: [] },
      },
    );
    expect(team.data!.setCareTeam.careTeam.map((m) => m.displayName)).toEqual(['Daniel Reyes']);
    const stale = await graphql(
      admin,
      'mutation ($input: UpdateCoupleInput!) { updateCouple(input: $input) { id } }',
      {
        input: { id: ids.morgan, name: 'Renamed', version: 1 },
      },
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const reopen = await graphql(
      admin,
      'mutation ($id: ID!) { reopenCouple(id: $id) { status } }',
      { id: ids.morgan },
    );
    expect(reopen.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: expect.stringMatching(/already in an active couple/),
    });
    const status = await graphql<{ couple: { status: string } }>(
      admin,
      'query ($id: ID!) { couple(id: $id) { status } }',
      { id: ids.morgan },
    );
    expect(status.data!.couple.status).toBe('DISCHARGED');
  });

  it("answers another clinic's records as missing", async () => {
    const other = test.browser();
    await signIn(other, DEMO.otherClinicAdmin);
    const result = await graphql(other, 'mutation ($id: ID!) { dischargeCouple(id: $id) { id } }', {
      id: ids.morgan,
    });
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const create = await graphql(other, CREATE, {
      input: {
        name: 'Poached',
        partnerIds: [ids[DEMO.client], ids['sam.morgan@riverbend.example']],
        confidentialityPolicy: 'NO_SECRETS',
        careTeam: { primaryCounselorId: ids['priya.shah@riverbend.example'] },
      },
    });
    expect(create.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
