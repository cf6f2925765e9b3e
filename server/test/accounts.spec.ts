import { FAILURES_PER_EMAIL } from '../src/auth/login-rate-limiter';
import { DEMO, graphql, signIn, startTestApp, TestApp } from './app';

const ACCOUNTS = `query ($filter: AccountFilterInput, $limit: Int!, $offset: Int!) {
  accounts(filter: $filter, limit: $limit, offset: $offset) { totalCount items { id email displayName role status version coupleName } }
}`;
type Page = {
  accounts: {
    totalCount: number;
    items: Array<{
      id: string;
      email: string;
      displayName: string;
      role: string;
      status: string;
      version: number;
      coupleName: string | null;
    }>;
  };
};

describe('accounts (HTTP, real PostgreSQL)', () => {
  let test: TestApp;
  let admin: ReturnType<TestApp['browser']>;

  beforeAll(async () => {
    test = await startTestApp();
    admin = test.browser();
    await signIn(admin, DEMO.admin);
  });
  afterAll(() => test.close());

  const list = (filter: Record<string, unknown> = {}, limit = 50, offset = 0) =>
    graphql<Page>(admin, ACCOUNTS, { filter, limit, offset }).then(
      (result) => result.data!.accounts,
    );

  it('lists, filters, searches and pages the clinic’s accounts only', async () => {
    const all = await list();
    expect(all.totalCount).toBe(1 + 3 + 24);
    expect(all.items.every((account) => account.email.endsWith('@riverbend.example'))).toBe(true);
    expect((await list({ role: 'COUNSELOR' })).items.map((a) => a.displayName)).toEqual([
      'Daniel Reyes',
      'Maya Okafor',
      'Priya Shah',
    ]);
    const morgan = await list({ search: 'morgan' });
    expect(morgan.items.map((a) => [a.displayName, a.coupleName])).toEqual([
      ['Alex Morgan', 'Alex & Sam Morgan'],
      ['Morgan Patel', 'Morgan & Avery Patel'],
      ['Sam Morgan', 'Alex & Sam Morgan'],
    ]);
    expect((await list({ search: '%' })).totalCount).toBe(0);
    const page2 = await list({}, 10, 10);
    expect(page2.items.map((a) => a.id)).toEqual(all.items.slice(10, 20).map((a) => a.id));
    expect((await list({ withoutActiveCouple: true })).totalCount).toBe(0);
  });

  it('edits name and email with optimistic concurrency', async () => {
    const [sam] = (await list({ search: 'sam.morgan' })).items;
    const edit = (version: number, displayName: string) =>
      graphql(
        admin,
        'mutation ($input: UpdateAccountInput!) { updateAccount(input: $input) { displayName version } }',
        {
          input: { id: sam.id, displayName, version },
        },
      );
    expect((await edit(sam.version, 'Samuel Morgan')).data).toEqual({
      updateAccount: { displayName: 'Samuel Morgan', version: sam.version + 1 },
    });
    const stale = await edit(sam.version, 'Sammy Morgan');
    expect(stale.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: expect.stringMatching(/Reload/),
    });
    const taken = await graphql(
      admin,
      'mutation ($input: UpdateAccountInput!) { updateAccount(input: $input) { id } }',
      {
        input: { id: sam.id, email: DEMO.client, version: sam.version + 1 },
      },
    );
    expect(taken.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it("answers a rename to a taken email alike for this clinic's and another's, naming neither", async () => {
    const [jordan] = (await list({ search: 'jordan.bennett' })).items;
    const rename = (email: string) =>
      graphql(
        admin,
        'mutation ($input: UpdateAccountInput!) { updateAccount(input: $input) { id } }',
        { input: { id: jordan.id, email, version: jordan.version } },
      );
    const answer = (result: Awaited<ReturnType<typeof rename>>) => ({
      code: result.errors?.[0].extensions?.code,
      message: result.errors?.[0].message,
    });
    const ours = answer(await rename(DEMO.counselor));
    const theirs = answer(await rename(DEMO.otherClinicCounselor));
    expect(theirs).toEqual(ours);
    expect(theirs).toEqual({
      code: 'CONFLICT',
      message: expect.not.stringMatching(/Tandem account|another clinic|Harborlight|belongs/i),
    });
    // The refused rename is audited in the clinic, naming the account it was for.
    const audit = await graphql<{ auditEvents: { items: Array<{ outcome: string }> } }>(
      admin,
      'query ($id: ID!) { auditEvents(filter: { action: "account.update", entityId: $id }) { items { outcome } } }',
      { id: jordan.id },
    );
    expect(audit.data!.auditEvents.items).toEqual([{ outcome: 'DENIED' }, { outcome: 'DENIED' }]);
    expect((await list({ search: 'jordan.bennett' })).items[0].version).toBe(jordan.version);
  });

  it('ends every session of a deactivated account at once, and lets it back after reactivation', async () => {
    const casey = test.browser();
    const { id } = await signIn(casey, 'casey.bennett@riverbend.example');
    expect((await graphql(casey, '{ me { id } }')).data).toBeTruthy();
    const deactivated = await graphql(
      admin,
      'mutation ($id: ID!) { deactivateAccount(id: $id) { status } }',
      { id },
    );
    expect(deactivated.data).toEqual({ deactivateAccount: { status: 'DEACTIVATED' } });
    expect((await graphql(casey, '{ me { id } }')).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    await expect(signIn(test.browser(), 'casey.bennett@riverbend.example')).rejects.toThrow(
      /incorrect/,
    );
    await graphql(admin, 'mutation ($id: ID!) { reactivateAccount(id: $id) { status } }', { id });
    await signIn(test.browser(), 'casey.bennett@riverbend.example');
  });

  it('will not let an admin lock themselves out, and refuses malformed ids', async () => {
    const me = await graphql<{ me: { id: string } }>(admin, '{ me { id } }');
    const self = await graphql(admin, 'mutation ($id: ID!) { deactivateAccount(id: $id) { id } }', {
      id: me.data!.me.id,
    });
    expect(self.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const malformed = await graphql(admin, 'mutation { deactivateAccount(id: "1 OR 1=1") { id } }');
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('changes a password only with the current one, and ends the other sessions', async () => {
    const phone = test.browser();
    const laptop = test.browser();
    await signIn(phone, 'riley.nguyen@riverbend.example');
    await signIn(laptop, 'riley.nguyen@riverbend.example');
    const change = (currentPassword: string, newPassword: string) =>
      graphql(laptop, 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }', {
        input: { currentPassword, newPassword },
      });
    expect((await change('wrong password!', 'a brand new password')).errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: 'Your current password is not correct.',
    });
    expect((await change(DEMO.password, 'short')).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await change(DEMO.password, 'a brand new password')).data).toEqual({
      changePassword: true,
    });
    expect((await graphql(laptop, '{ me { id } }')).data).toBeTruthy();
    expect((await graphql(phone, '{ me { id } }')).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    await signIn(test.browser(), 'riley.nguyen@riverbend.example', 'a brand new password');
  });

  it('limits guesses of the current password like sign-in attempts', async () => {
    const borrowed = test.browser();
    await signIn(borrowed, 'taylor.nguyen@riverbend.example');
    const guess = (currentPassword: string) =>
      graphql(
        borrowed,
        'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }',
        {
          input: { currentPassword, newPassword: 'a password of my choosing' },
        },
      );
    for (let i = 0; i < FAILURES_PER_EMAIL; i++) {
      expect((await guess(`guess number ${i}`)).errors?.[0].extensions?.code).toBe(
        'BAD_USER_INPUT',
      );
    }
    expect((await guess(DEMO.password)).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });
});
