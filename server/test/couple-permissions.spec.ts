import { DEMO, graphql, signIn, startTestApp, TestApp } from './app';

const COUPLE = `query ($id: ID!) {
  couple(id: $id) { id viewerCan { manage assign readSessionNotes handleSafetyAlerts } }
}`;

interface CoupleAnswer {
  couple: {
    id: string;
    viewerCan: {
      manage: boolean;
      assign: boolean;
      readSessionNotes: boolean;
      handleSafetyAlerts: boolean;
    };
  } | null;
}

/** Couple.viewerCan: what each role may do on a couple, as the server decides it. */
describe('what the viewer may do on a couple (HTTP, real PostgreSQL)', () => {
  let test: TestApp;
  let morganId: string;

  beforeAll(async () => {
    test = await startTestApp();
    const admin = test.browser();
    await signIn(admin, DEMO.admin);
    const found = await graphql<{ couples: { items: Array<{ id: string; name: string }> } }>(
      admin,
      '{ couples(filter: { search: "Morgan" }) { items { id name } } }',
    );
    morganId = found.data!.couples.items.find((c) => c.name === 'Alex & Sam Morgan')!.id;
  });
  afterAll(() => test.close());

  async function viewerCanAs(email: string) {
    const agent = test.browser();
    await signIn(agent, email);
    return graphql<CoupleAnswer>(agent, COUPLE, { id: morganId });
  }

  it('lets an admin of the clinic manage the couple, and nothing of the care team', async () => {
    const result = await viewerCanAs(DEMO.admin);
    expect(result.errors).toBeUndefined();
    expect(result.data!.couple!.viewerCan).toEqual({
      manage: true,
      assign: false,
      readSessionNotes: false,
      handleSafetyAlerts: false,
    });
  });

  it('lets a counselor on the care team assign, read notes and handle safety alerts', async () => {
    const result = await viewerCanAs(DEMO.counselor);
    expect(result.errors).toBeUndefined();
    expect(result.data!.couple!.viewerCan).toEqual({
      manage: false,
      assign: true,
      readSessionNotes: true,
      handleSafetyAlerts: true,
    });
  });

  it('does not show the couple to a counselor off its care team', async () => {
    const result = await viewerCanAs('priya.shah@riverbend.example');
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(result.data?.couple ?? null).toBeNull();
  });

  it('lets a partner of the couple do none of it', async () => {
    const result = await viewerCanAs(DEMO.client);
    expect(result.errors).toBeUndefined();
    expect(result.data!.couple!.viewerCan).toEqual({
      manage: false,
      assign: false,
      readSessionNotes: false,
      handleSafetyAlerts: false,
    });
  });

  it('follows the care team: every couple of a counselor list says they may assign', async () => {
    const maya = test.browser();
    await signIn(maya, DEMO.counselor);
    const result = await graphql<{
      couples: { items: Array<{ viewerCan: { assign: boolean; manage: boolean } }> };
    }>(maya, '{ couples(limit: 50) { items { viewerCan { assign manage } } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data!.couples.items.length).toBeGreaterThan(0);
    for (const couple of result.data!.couples.items) {
      expect(couple.viewerCan).toEqual({ assign: true, manage: false });
    }
  });
});
