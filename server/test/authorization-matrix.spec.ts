import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Client } from 'pg';
import { DEMO, graphql, signIn, startTestApp, TestApp } from './app';

type Actor =
  | 'anonymous'
  | 'admin'
  | 'otherAdmin'
  | 'counselorOnTeam'
  | 'counselorOffTeam'
  | 'partner'
  | 'otherClient';
type Outcome = 'allow' | 'deny' | 'public';

const ACTORS: Record<Exclude<Actor, 'anonymous'>, string> = {
  admin: DEMO.admin,
  otherAdmin: DEMO.otherClinicAdmin,
  counselorOnTeam: DEMO.counselor, // Maya: primary counselor of the Morgans
  counselorOffTeam: 'priya.shah@riverbend.example',
  partner: DEMO.client, // Alex Morgan
  otherClient: 'jordan.bennett@riverbend.example',
};
const ORDER: Actor[] = [
  'anonymous',
  'otherAdmin',
  'counselorOffTeam',
  'otherClient',
  'counselorOnTeam',
  'partner',
  'admin',
];

const allow = (...actors: Actor[]) =>
  Object.fromEntries(ORDER.map((a) => [a, actors.includes(a) ? 'allow' : 'deny'])) as Record<
    Actor,
    Outcome
  >;
const everyoneSignedIn = allow(
  'admin',
  'otherAdmin',
  'counselorOnTeam',
  'counselorOffTeam',
  'partner',
  'otherClient',
);
const publicOperation = Object.fromEntries(ORDER.map((a) => [a, 'public'])) as Record<
  Actor,
  Outcome
>;

interface Targets {
  morgan: string;
  matrixCouple: string;
  alex: string;
  spare: string;
  maya: string;
  freeClients: () => Promise<string[]>;
  invitation: () => Promise<string>;
  version: (table: 'app_user' | 'couple', id: string) => Promise<number>;
}

interface Row {
  query: string;
  variables?: (
    t: Targets,
    actor: Actor,
  ) => Promise<Record<string, unknown>> | Record<string, unknown>;
  expect: Record<Actor, Outcome>;
}

/**
 * Who may run each operation against whose data. Every Query and Mutation in the schema must
 * have a row; a new operation without one fails the completeness test.
 */
const MATRIX: Record<string, Row> = {
  'Query.me': { query: '{ me { id } }', expect: everyoneSignedIn },
  'Query.clinicOverview': {
    query: '{ clinicOverview { clientCount } }',
    expect: allow('admin', 'otherAdmin'),
  },
  'Query.caseload': {
    query: '{ caseload { totalCount } }',
    expect: allow('counselorOnTeam', 'counselorOffTeam'),
  },
  'Query.myCouple': { query: '{ myCouple { id } }', expect: allow('partner', 'otherClient') },
  'Query.couple': {
    query: 'query ($id: ID!) { couple(id: $id) { id partners { id } } }',
    variables: (t) => ({ id: t.morgan }),
    expect: allow('admin', 'counselorOnTeam', 'partner'),
  },
  'Query.couples': {
    query: '{ couples { totalCount } }',
    expect: allow('admin', 'otherAdmin', 'counselorOnTeam', 'counselorOffTeam'),
  },
  'Query.accounts': { query: '{ accounts { totalCount } }', expect: allow('admin', 'otherAdmin') },
  'Query.invitations': {
    query: '{ invitations { totalCount } }',
    expect: allow('admin', 'otherAdmin'),
  },
  'Query.auditEvents': {
    query: '{ auditEvents { totalCount } }',
    expect: allow('admin', 'otherAdmin'),
  },
  'Query.invitationPreview': {
    query: '{ invitationPreview(token: "not-a-real-token-000000") { email } }',
    expect: publicOperation,
  },
  'Mutation.login': {
    query:
      'mutation { login(input: { email: "nobody@nowhere.example", password: "wrong password" }) { id } }',
    expect: publicOperation,
  },
  'Mutation.acceptInvitation': {
    query:
      'mutation { acceptInvitation(input: { token: "not-a-real-token-000000", password: "long enough password" }) { id } }',
    expect: publicOperation,
  },
  'Mutation.changePassword': {
    query: 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }',
    variables: () => ({
      input: { currentPassword: DEMO.password, newPassword: 'a changed demo password' },
    }),
    expect: everyoneSignedIn,
  },
  'Mutation.inviteUser': {
    query: 'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { url } }',
    variables: (_t, actor) => ({
      input: {
        email: `matrix-${actor}@nowhere.example`,
        displayName: 'Matrix Invitee',
        role: 'CLIENT',
      },
    }),
    expect: allow('admin', 'otherAdmin'),
  },
  'Mutation.resendInvitation': {
    query: 'mutation ($id: ID!) { resendInvitation(id: $id) { url } }',
    variables: async (t) => ({ id: await t.invitation() }),
    expect: allow('admin'),
  },
  'Mutation.revokeInvitation': {
    query: 'mutation ($id: ID!) { revokeInvitation(id: $id) { status } }',
    variables: async (t) => ({ id: await t.invitation() }),
    expect: allow('admin'),
  },
  'Mutation.updateAccount': {
    query: 'mutation ($input: UpdateAccountInput!) { updateAccount(input: $input) { version } }',
    variables: async (t) => ({
      input: {
        id: t.spare,
        displayName: 'Spare Client',
        version: await t.version('app_user', t.spare),
      },
    }),
    expect: allow('admin'),
  },
  'Mutation.deactivateAccount': {
    query: 'mutation ($id: ID!) { deactivateAccount(id: $id) { status } }',
    variables: (t) => ({ id: t.spare }),
    expect: allow('admin'),
  },
  'Mutation.reactivateAccount': {
    query: 'mutation ($id: ID!) { reactivateAccount(id: $id) { status } }',
    variables: (t) => ({ id: t.spare }),
    expect: allow('admin'),
  },
  'Mutation.createCouple': {
    query: 'mutation ($input: CreateCoupleInput!) { createCouple(input: $input) { id } }',
    variables: async (t) => ({
      input: {
        name: 'Matrix pair',
        partnerIds: await t.freeClients(),
        confidentialityPolicy: 'NO_SECRETS',
        careTeam: { primaryCounselorId: t.maya },
      },
    }),
    expect: allow('admin'),
  },
  'Mutation.updateCouple': {
    query: 'mutation ($input: UpdateCoupleInput!) { updateCouple(input: $input) { version } }',
    variables: async (t) => ({
      input: {
        id: t.matrixCouple,
        name: 'Matrix couple',
        version: await t.version('couple', t.matrixCouple),
      },
    }),
    expect: allow('admin'),
  },
  'Mutation.setCareTeam': {
    query:
      'mutation ($id: ID!, $team: CareTeamInput!) { setCareTeam(coupleId: $id, careTeam: $team) { id } }',
    variables: (t) => ({ id: t.matrixCouple, team: { primaryCounselorId: t.maya } }),
    expect: allow('admin'),
  },
  'Mutation.dischargeCouple': {
    query: 'mutation ($id: ID!) { dischargeCouple(id: $id) { status } }',
    variables: (t) => ({ id: t.matrixCouple }),
    expect: allow('admin'),
  },
  'Mutation.reopenCouple': {
    query: 'mutation ($id: ID!) { reopenCouple(id: $id) { status } }',
    variables: (t) => ({ id: t.matrixCouple }),
    expect: allow('admin'),
  },
  // Last: it ends each actor's session.
  'Mutation.logout': { query: 'mutation { logout }', expect: publicOperation },
};

const DENIALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);

describe('authorization matrix: every operation × every kind of actor', () => {
  let test: TestApp;
  let owner: Client;
  let targets: Targets;
  const cookies: Partial<Record<Actor, string>> = {};

  beforeAll(async () => {
    test = await startTestApp();
    owner = new Client({ connectionString: test.database.ownerUrl });
    await owner.connect();
    for (const [actor, email] of Object.entries(ACTORS)) {
      cookies[actor as Actor] = (await signIn(test.browser(), email)).cookie;
    }
    const id = async (sql: string, params: unknown[] = []) =>
      (await owner.query(sql, params)).rows[0].id as string;
    const clinic = await id('SELECT clinic_id AS id FROM app_user WHERE email = $1', [DEMO.admin]);
    const maya = await id('SELECT id FROM app_user WHERE email = $1', [DEMO.counselor]);
    const admin = await id('SELECT id FROM app_user WHERE email = $1', [DEMO.admin]);
    const newClient = (name: string) =>
      id(
        `INSERT INTO app_user (clinic_id, email, display_name, role, password_hash, version)
         VALUES ($1, $2, $3, 'CLIENT', 'x', 1) RETURNING id`,
        [clinic, `${name.toLowerCase().replace(/ /g, '.')}.${Date.now()}@nowhere.example`, name],
      );
    const matrixCouple = await id(
      `INSERT INTO couple (clinic_id, name, in_care_since, version) VALUES ($1, 'Matrix couple', now(), 1) RETURNING id`,
      [clinic],
    );
    for (const partner of [await newClient('Matrix One'), await newClient('Matrix Two')]) {
      await owner.query(
        'INSERT INTO couple_partner (couple_id, client_id, clinic_id) VALUES ($1, $2, $3)',
        [matrixCouple, partner, clinic],
      );
    }
    await owner.query(
      'INSERT INTO care_team_member (couple_id, counselor_id, clinic_id, is_primary) VALUES ($1, $2, $3, true)',
      [matrixCouple, maya, clinic],
    );
    targets = {
      morgan: await id("SELECT id FROM couple WHERE name = 'Alex & Sam Morgan'"),
      matrixCouple,
      alex: await id('SELECT id FROM app_user WHERE email = $1', [DEMO.client]),
      spare: await newClient('Spare Client'),
      maya,
      freeClients: async () => [await newClient('Free One'), await newClient('Free Two')],
      invitation: () =>
        id(
          `INSERT INTO invitation (clinic_id, email, display_name, role, token_hash, invited_by, expires_at)
           VALUES ($1, $2, 'Invitee', 'CLIENT', sha256(random()::text::bytea), $3, now() + interval '7 days') RETURNING id`,
          [clinic, `invitee.${Date.now()}.${Math.random()}@nowhere.example`, admin],
        ),
      version: async (table, rowId) =>
        (await owner.query(`SELECT version FROM ${table} WHERE id = $1`, [rowId])).rows[0].version,
    };
  });

  afterAll(async () => {
    await owner.end();
    await test.close();
  });

  it('has a row for every Query and Mutation in the schema', () => {
    const schema = test.app.get(GraphQLSchemaHost).schema;
    const operations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((name) => `Query.${name}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((name) => `Mutation.${name}`),
      ...Object.keys(schema.getSubscriptionType()?.getFields() ?? {}).map(
        (name) => `Subscription.${name}`,
      ),
    ];
    expect(operations.filter((name) => !MATRIX[name])).toEqual([]);
    expect(Object.keys(MATRIX).filter((name) => !operations.includes(name))).toEqual([]);
  });

  for (const [operation, row] of Object.entries(MATRIX)) {
    it(`${operation}: ${ORDER.map((actor) => `${actor} ${row.expect[actor]}`).join(', ')}`, async () => {
      const seen: Record<string, string> = {};
      for (const actor of ORDER) {
        const variables = row.variables ? await row.variables(targets, actor) : {};
        const headers: Record<string, string> = cookies[actor] ? { Cookie: cookies[actor]! } : {};
        const result = await graphql(test.browser(), row.query, variables, headers);
        const code = result.errors?.[0]?.extensions?.code;
        const outcome =
          code === undefined
            ? 'allow'
            : DENIALS.has(code)
              ? 'deny'
              : `error ${code}: ${result.errors?.[0].message}`;
        // A public operation has no access decision to make: it must answer, never refuse by role.
        seen[actor] =
          row.expect[actor] === 'public'
            ? code === 'FORBIDDEN' || result.status >= 500
              ? 'deny'
              : 'public'
            : outcome;
      }
      expect(seen).toEqual(row.expect);
    });
  }
});
