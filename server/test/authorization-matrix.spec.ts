import { GraphQLSchemaHost } from '@nestjs/graphql';
import { randomUUID } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { Client } from 'pg';
import { DEMO, graphql, signIn, startTestApp, TestApp } from './app';
import { CHECKIN_INSTRUMENT, CheckinForm, itemsOf } from '@tandem/shared';
import { VALUES_ANSWERS } from './exercise-fixtures';
import { listen, socketClient, subscribe } from './live-client';

/** A complete pulse of the current instrument: every scored item and a clear "no" to safety. */
const PULSE_ANSWERS = [
  ...itemsOf(CHECKIN_INSTRUMENT, CheckinForm.PULSE).map((item) => ({
    itemKey: item.key,
    value: 3,
  })),
  ...CHECKIN_INSTRUMENT.safetyItems.map((item) => ({ itemKey: item.key, value: 1 })),
];

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
  /** The code of `actor`'s pending or confirmed authenticator `steps` from now ('000000' without). */
  totpCode: (actor: Actor, steps: number) => Promise<string>;
  /** A clinic exercise of the Morgans' clinic. */
  customExercise: string;
  exerciseVersion: () => Promise<number>;
  /** A fresh assignment of a built-in exercise to both Morgans; returns its first to-do. */
  todo: () => Promise<{ assignmentId: string; todoId: string }>;
  /** A fresh submitted (private) answer of Alex's. */
  submission: () => Promise<string>;
  /** A fresh check-in schedule of the Morgans with an open pulse check-in for Alex. */
  checkin: () => Promise<{ scheduleId: string; checkinId: string }>;
  /** A fresh session note on the Morgans by Maya, at version 1. */
  note: () => Promise<string>;
  /** A fresh open safety alert on a check-in of Alex's. */
  safetyAlert: () => Promise<string>;
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
  'Mutation.requestPasswordReset': {
    query: 'mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }',
    variables: (_t, actor) => ({ input: { email: `matrix-reset-${actor}@nowhere.example` } }),
    expect: publicOperation,
  },
  'Mutation.resetPassword': {
    query:
      'mutation { resetPassword(input: { token: "not-a-real-token-000000", password: "long enough password" }) }',
    expect: publicOperation,
  },
  'Mutation.issuePasswordReset': {
    query: 'mutation ($id: ID!) { issuePasswordReset(id: $id) { url } }',
    variables: (t) => ({ id: t.spare }),
    expect: allow('admin'),
  },
  'Mutation.completeLogin': {
    query: 'mutation { completeLogin(input: { code: "123456" }) { id } }',
    expect: publicOperation,
  },
  'Query.twoFactorStatus': {
    query: '{ twoFactorStatus { enabled } }',
    expect: allow('admin', 'otherAdmin', 'counselorOnTeam', 'counselorOffTeam'),
  },
  // In this order: each staff member starts, confirms, then turns off an authenticator.
  'Mutation.startTotpEnrolment': {
    query: 'mutation { startTotpEnrolment { secret } }',
    expect: allow('admin', 'otherAdmin', 'counselorOnTeam', 'counselorOffTeam'),
  },
  'Mutation.confirmTotpEnrolment': {
    query: 'mutation ($code: String!) { confirmTotpEnrolment(input: { code: $code }) }',
    variables: async (t, actor) => ({ code: await t.totpCode(actor, 0) }),
    expect: allow('admin', 'otherAdmin', 'counselorOnTeam', 'counselorOffTeam'),
  },
  'Mutation.disableTwoFactor': {
    query: 'mutation ($code: String!) { disableTwoFactor(input: { code: $code }) }',
    variables: async (t, actor) => ({ code: await t.totpCode(actor, 1) }),
    expect: allow('admin', 'otherAdmin', 'counselorOnTeam', 'counselorOffTeam'),
  },
  'Mutation.resetTwoFactor': {
    query: 'mutation ($id: ID!) { resetTwoFactor(id: $id) }',
    variables: (t) => ({ id: t.spare }),
    expect: allow('admin'),
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
  'Query.exercises': {
    query: '{ exercises { totalCount } }',
    expect: allow('admin', 'otherAdmin', 'counselorOnTeam', 'counselorOffTeam'),
  },
  'Query.exercise': {
    query: 'query ($id: ID!) { exercise(id: $id) { id } }',
    variables: (t) => ({ id: t.customExercise }),
    expect: allow('admin', 'counselorOnTeam', 'counselorOffTeam'),
  },
  'Mutation.createExercise': {
    query: 'mutation ($input: ExerciseContentInput!) { createExercise(input: $input) { id } }',
    variables: () => ({ input: MATRIX_EXERCISE }),
    expect: allow('admin', 'otherAdmin', 'counselorOnTeam', 'counselorOffTeam'),
  },
  'Mutation.updateExercise': {
    query:
      'mutation ($id: ID!, $v: Int!, $input: ExerciseContentInput!) { updateExercise(id: $id, expectedVersion: $v, input: $input) { id } }',
    variables: async (t) => ({
      id: t.customExercise,
      v: await t.exerciseVersion(),
      input: MATRIX_EXERCISE,
    }),
    expect: allow('admin', 'counselorOnTeam', 'counselorOffTeam'),
  },
  'Mutation.archiveExercise': {
    query: 'mutation ($id: ID!) { archiveExercise(id: $id) { id } }',
    variables: (t) => ({ id: t.customExercise }),
    expect: allow('admin', 'counselorOnTeam', 'counselorOffTeam'),
  },
  'Mutation.restoreExercise': {
    query: 'mutation ($id: ID!) { restoreExercise(id: $id) { id } }',
    variables: (t) => ({ id: t.customExercise }),
    expect: allow('admin', 'counselorOnTeam', 'counselorOffTeam'),
  },
  'Query.coupleAssignments': {
    query: 'query ($id: ID!) { coupleAssignments(coupleId: $id) { totalCount } }',
    variables: (t) => ({ id: t.morgan }),
    expect: allow('counselorOnTeam'),
  },
  'Query.submission': {
    query: 'query ($id: ID!) { submission(id: $id) { id answers { promptKey } } }',
    variables: async (t) => ({ id: await t.submission() }),
    expect: allow('counselorOnTeam'),
  },
  'Mutation.assignExercise': {
    query: 'mutation ($input: AssignExerciseInput!) { assignExercise(input: $input) { id } }',
    variables: (t) => ({
      input: {
        coupleId: t.morgan,
        exerciseId: t.customExercise,
        dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    }),
    expect: allow('counselorOnTeam'),
  },
  'Mutation.cancelAssignment': {
    query: 'mutation ($id: ID!) { cancelAssignment(id: $id) { id } }',
    variables: async (t) => ({ id: (await t.todo()).assignmentId }),
    expect: allow('counselorOnTeam'),
  },
  'Mutation.commentOnSubmission': {
    query:
      'mutation ($id: ID!) { commentOnSubmission(submissionId: $id, body: "Thank you") { id } }',
    variables: async (t) => ({ id: await t.submission() }),
    expect: allow('counselorOnTeam'),
  },
  'Query.myTodos': {
    query: '{ myTodos { totalCount } }',
    expect: allow('partner', 'otherClient'),
  },
  'Query.myTodo': {
    query: 'query ($id: ID!) { myTodo(id: $id) { id mine { id } } }',
    variables: async (t) => ({ id: (await t.todo()).todoId }),
    expect: allow('partner'),
  },
  'Mutation.saveDraft': {
    query: 'mutation ($input: SaveDraftInput!) { saveDraft(input: $input) { id } }',
    variables: async (t) => ({ input: { todoId: (await t.todo()).todoId, answers: [] } }),
    expect: allow('partner'),
  },
  'Mutation.submitExercise': {
    query: 'mutation ($input: SubmitExerciseInput!) { submitExercise(input: $input) { id } }',
    variables: async (t, actor) => ({
      input: {
        todoId: (await t.todo()).todoId,
        answers: VALUES_ANSWERS,
        idempotencyKey: `matrix-${actor}`,
      },
    }),
    expect: allow('partner'),
  },
  'Mutation.shareSubmission': {
    query: 'mutation ($id: ID!) { shareSubmission(id: $id, sharing: PARTNER) { id } }',
    variables: async (t) => ({ id: await t.submission() }),
    expect: allow('partner'),
  },
  'Query.myNotifications': {
    query: '{ myNotifications { totalCount } }',
    expect: allow('partner', 'otherClient'),
  },
  'Mutation.markNotificationsRead': {
    query: 'mutation { markNotificationsRead }',
    expect: allow('partner', 'otherClient'),
  },
  'Mutation.scheduleCheckins': {
    query: 'mutation ($input: ScheduleCheckinsInput!) { scheduleCheckins(input: $input) { id } }',
    variables: (t) => ({
      input: {
        coupleId: t.morgan,
        form: 'PULSE',
        everyWeeks: 2,
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        until: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
    }),
    expect: allow('counselorOnTeam'),
  },
  'Mutation.cancelCheckinSchedule': {
    query: 'mutation ($id: ID!) { cancelCheckinSchedule(id: $id) { id } }',
    variables: async (t) => ({ id: (await t.checkin()).scheduleId }),
    expect: allow('counselorOnTeam'),
  },
  'Query.checkinSchedules': {
    query: 'query ($id: ID!) { checkinSchedules(coupleId: $id) { id } }',
    variables: (t) => ({ id: t.morgan }),
    expect: allow('counselorOnTeam'),
  },
  'Query.coupleTrends': {
    query: 'query ($id: ID!) { coupleTrends(coupleId: $id) { series { clientId } } }',
    variables: (t) => ({ id: t.morgan }),
    expect: allow('counselorOnTeam'),
  },
  'Mutation.setScoreSharing': {
    query: 'mutation ($id: ID!) { setScoreSharing(coupleId: $id, shared: false) { shareScores } }',
    variables: (t) => ({ id: t.morgan }),
    expect: allow('counselorOnTeam'),
  },
  'Query.myTrends': {
    query: '{ myTrends { series { clientId } } }',
    expect: allow('partner', 'otherClient'),
  },
  'Query.scoreReferences': { query: '{ scoreReferences { key } }', expect: everyoneSignedIn },
  'Query.myCheckins': {
    query: '{ myCheckins { totalCount } }',
    expect: allow('partner', 'otherClient'),
  },
  'Query.myCheckin': {
    query: 'query ($id: ID!) { myCheckin(id: $id) { id } }',
    variables: async (t) => ({ id: (await t.checkin()).checkinId }),
    expect: allow('partner'),
  },
  'Mutation.saveCheckinDraft': {
    query: 'mutation ($input: SaveCheckinInput!) { saveCheckinDraft(input: $input) { id } }',
    variables: async (t) => ({ input: { checkinId: (await t.checkin()).checkinId, answers: [] } }),
    expect: allow('partner'),
  },
  'Mutation.submitCheckin': {
    query: 'mutation ($input: SubmitCheckinInput!) { submitCheckin(input: $input) { id } }',
    variables: async (t, actor) => ({
      input: {
        checkinId: (await t.checkin()).checkinId,
        answers: PULSE_ANSWERS,
        idempotencyKey: `matrix-checkin-${actor}`,
      },
    }),
    expect: allow('partner'),
  },
  // Session notes and the timeline: the care team alone (the demo admin is not on it).
  'Query.sessionNotes': {
    query: 'query ($id: ID!) { sessionNotes(coupleId: $id) { totalCount items { body } } }',
    variables: (t) => ({ id: t.morgan }),
    expect: allow('counselorOnTeam'),
  },
  'Query.sessionNote': {
    query: 'query ($id: ID!) { sessionNote(id: $id) { body } }',
    variables: async (t) => ({ id: await t.note() }),
    expect: allow('counselorOnTeam'),
  },
  'Query.sessionNoteHistory': {
    query: 'query ($id: ID!) { sessionNoteHistory(id: $id) { body } }',
    variables: async (t) => ({ id: await t.note() }),
    expect: allow('counselorOnTeam'),
  },
  'Query.coupleTimeline': {
    query:
      'query ($id: ID!) { coupleTimeline(coupleId: $id) { totalCount items { ... on NoteTimelineEntry { note { body } } } } }',
    variables: (t) => ({ id: t.morgan }),
    expect: allow('counselorOnTeam'),
  },
  'Mutation.writeSessionNote': {
    query:
      'mutation ($id: ID!, $input: SessionNoteContentInput!) { writeSessionNote(coupleId: $id, input: $input) { id } }',
    variables: (t) => ({ id: t.morgan, input: MATRIX_NOTE }),
    expect: allow('counselorOnTeam'),
  },
  'Mutation.editSessionNote': {
    query:
      'mutation ($id: ID!, $input: SessionNoteContentInput!) { editSessionNote(id: $id, expectedVersion: 1, input: $input) { id } }',
    variables: async (t) => ({ id: await t.note(), input: MATRIX_NOTE }),
    expect: allow('counselorOnTeam'),
  },
  'Mutation.retractSessionNote': {
    query: 'mutation ($id: ID!) { retractSessionNote(id: $id, reason: "Matrix") { id } }',
    variables: async (t) => ({ id: await t.note() }),
    expect: allow('counselorOnTeam'),
  },
  // Safety alerts: the care team alone; the partners never.
  'Query.safetyAlerts': {
    query: 'query ($id: ID!) { safetyAlerts(coupleId: $id) { openCount items { id } } }',
    variables: (t) => ({ id: t.morgan }),
    expect: allow('counselorOnTeam'),
  },
  'Mutation.resolveSafetyAlert': {
    query:
      'mutation ($id: ID!) { resolveSafetyAlert(id: $id, resolution: "Matrix check.") { id } }',
    variables: async (t) => ({ id: await t.safetyAlert() }),
    expect: allow('counselorOnTeam'),
  },
  'Subscription.coupleActivity': {
    query: 'subscription ($id: ID!) { coupleActivity(coupleId: $id) { kind } }',
    variables: (t) => ({ id: t.morgan }),
    expect: allow('counselorOnTeam'),
  },
  'Subscription.caseloadActivity': {
    query: 'subscription { caseloadActivity { kind } }',
    expect: allow('counselorOnTeam', 'counselorOffTeam'),
  },
  // Last: it ends each actor's session.
  'Mutation.logout': { query: 'mutation { logout }', expect: publicOperation },
};

const MATRIX_NOTE = { body: 'A matrix note.', sessionAt: new Date().toISOString() };

const DENIALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);

const MATRIX_EXERCISE = {
  title: 'Matrix exercise',
  buildingStep: 'BE_HONEST',
  dimension: 'COMMUNICATION',
  rationale: 'For the authorization matrix.',
  instructions: 'Nothing to do.',
  estimatedMinutes: 5,
  mode: 'INDIVIDUAL',
  prompts: [{ key: 'q', kind: 'TEXT', label: 'Anything?', required: false }],
};

/** How an actor fares on a subscription: refused at once, or listening quietly. */
async function subscriptionOutcome(
  url: string,
  cookie: string | undefined,
  query: string,
  variables: Record<string, unknown>,
) {
  const subscription = subscribe(
    socketClient(url, cookie ? { Cookie: cookie } : {}),
    query,
    variables,
  );
  try {
    const failure = await subscription.failure(1000);
    if (failure === undefined) return 'allow';
    const text = JSON.stringify(failure);
    const code = /"code":"([A-Z_]+)"/.exec(text)?.[1];
    // A socket without a session is closed before any operation (4403).
    return !code || DENIALS.has(code) ? 'deny' : `error ${text}`;
  } finally {
    subscription.close();
  }
}

const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every id in a request's variables. */
function idsIn(value: unknown): string[] {
  if (typeof value === 'string') return UUID_SHAPE.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(idsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(idsIn);
  return [];
}

/** The same variables with each id swapped for a random one (the same one each time it recurs). */
function withRandomIds(value: unknown, swaps: Map<string, string>): unknown {
  if (typeof value === 'string' && UUID_SHAPE.test(value)) {
    if (!swaps.has(value)) swaps.set(value, randomUUID());
    return swaps.get(value);
  }
  if (Array.isArray(value)) return value.map((inner) => withRandomIds(inner, swaps));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, withRandomIds(inner, swaps)]),
    );
  }
  return value;
}

/** How a subscription is refused: its error's code and message. */
async function subscriptionRefusal(url: string, cookie: string, query: string, variables: object) {
  const subscription = subscribe(socketClient(url, { Cookie: cookie }), query, {
    ...variables,
  });
  try {
    const failure = JSON.stringify((await subscription.failure(2000)) ?? null);
    return {
      code: /"code":"([A-Z_]+)"/.exec(failure)?.[1],
      message: /"message":"([^"]*)"/.exec(failure)?.[1],
    };
  } finally {
    subscription.close();
  }
}

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
    const morgan = await id("SELECT id FROM couple WHERE name = 'Alex & Sam Morgan'");
    const alex = await id('SELECT id FROM app_user WHERE email = $1', [DEMO.client]);
    const customExercise = await id(
      `INSERT INTO exercise (clinic_id, current_version, created_by) VALUES ($1, 1, $2) RETURNING id`,
      [clinic, maya],
    );
    await owner.query(
      `INSERT INTO exercise_version (exercise_id, clinic_id, version, title, building_step, dimension, rationale,
              instructions, estimated_minutes, mode, prompts, created_by)
       VALUES ($1, $2, 1, 'Matrix exercise', 'BE_HONEST', 'COMMUNICATION', 'r', 'i', 5, 'INDIVIDUAL', $3, $4)`,
      [customExercise, clinic, JSON.stringify(MATRIX_EXERCISE.prompts), maya],
    );
    const todo = async () => {
      const assignmentId = await id(
        `INSERT INTO assignment (clinic_id, couple_id, exercise_version_id, assigned_by)
         SELECT $1, $2, v.id, $3 FROM exercise e JOIN exercise_version v ON v.exercise_id = e.id
          WHERE e.slug = 'values-inventory' RETURNING id`,
        [clinic, morgan, maya],
      );
      const todoId = await id(
        `INSERT INTO assignment_occurrence (clinic_id, assignment_id, sequence, due_at)
         VALUES ($1, $2, 1, now() + interval '2 days') RETURNING id`,
        [clinic, assignmentId],
      );
      return { assignmentId, todoId };
    };
    const checkin = async () => {
      const scheduleId = await id(
        `INSERT INTO checkin_schedule (clinic_id, couple_id, form, every_weeks, created_by)
         VALUES ($1, $2, 'PULSE', 1, $3) RETURNING id`,
        [clinic, morgan, maya],
      );
      const checkinId = await id(
        `INSERT INTO checkin (clinic_id, schedule_id, couple_id, client_id, form, instrument_version, due_at)
         VALUES ($1, $2, $3, $4, 'PULSE', $5, now() + interval '1 day') RETURNING id`,
        [clinic, scheduleId, morgan, alex, CHECKIN_INSTRUMENT.version],
      );
      return { scheduleId, checkinId };
    };
    const note = async () => {
      const noteId = await id(
        `INSERT INTO session_note (clinic_id, couple_id, author_id, current_version)
         VALUES ($1, $2, $3, 1) RETURNING id`,
        [clinic, morgan, maya],
      );
      await owner.query(
        `INSERT INTO session_note_version (note_id, clinic_id, version, session_at, body, edited_by)
         VALUES ($1, $2, 1, now(), 'A matrix note.', $3)`,
        [noteId, clinic, maya],
      );
      return noteId;
    };
    targets = {
      morgan,
      checkin,
      note,
      safetyAlert: async () =>
        id(
          `INSERT INTO safety_alert (clinic_id, couple_id, client_id, checkin_id)
           VALUES ($1, $2, $3, $4) RETURNING id`,
          [clinic, morgan, alex, (await checkin()).checkinId],
        ),
      customExercise,
      exerciseVersion: async () =>
        (await owner.query('SELECT current_version FROM exercise WHERE id = $1', [customExercise]))
          .rows[0].current_version,
      todo,
      submission: async () =>
        id(
          `INSERT INTO submission (clinic_id, occurrence_id, client_id, answers, status, updated_by, submitted_at)
           VALUES ($1, $2, $3, $4, 'SUBMITTED', $3, now()) RETURNING id`,
          [clinic, (await todo()).todoId, alex, JSON.stringify(VALUES_ANSWERS)],
        ),
      matrixCouple,
      alex,
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
      totpCode: async (actor, steps) => {
        if (actor === 'anonymous') return '000000';
        const { rows } = await owner.query<{ secret: string }>(
          'SELECT t.secret FROM staff_totp t JOIN app_user u ON u.id = t.user_id WHERE u.email = $1',
          [ACTORS[actor]],
        );
        if (!rows[0]) return '000000';
        return new TOTP({ secret: Secret.fromBase32(rows[0].secret) }).generate({
          timestamp: Date.now() + steps * 30_000,
        });
      },
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

  it("partner privacy: Sam reads Alex's individual answers only as Alex shared them", async () => {
    const sam = (await signIn(test.browser(), 'sam.morgan@riverbend.example')).cookie;
    const clinic = (
      await owner.query('SELECT clinic_id FROM couple WHERE id = $1', [targets.morgan])
    ).rows[0].clinic_id;
    const ids = await owner.query(
      "SELECT id, email FROM app_user WHERE email IN ('alex.morgan@riverbend.example', 'sam.morgan@riverbend.example')",
    );
    const idOf = (email: string) => ids.rows.find((row) => row.email === email).id as string;
    const cases: Array<{ sharing: string; samSubmitted: boolean; sees: boolean }> = [
      { sharing: 'PRIVATE', samSubmitted: false, sees: false },
      { sharing: 'PRIVATE', samSubmitted: true, sees: false },
      { sharing: 'AFTER_BOTH', samSubmitted: false, sees: false },
      { sharing: 'AFTER_BOTH', samSubmitted: true, sees: true },
      { sharing: 'PARTNER', samSubmitted: false, sees: true },
    ];
    const submit = (todoId: string, email: string, sharing: string) =>
      owner.query(
        `INSERT INTO submission (clinic_id, occurrence_id, client_id, answers, status, sharing, updated_by, submitted_at)
         VALUES ($1, $2, $3, $4, 'SUBMITTED', $5, $3, now()) RETURNING id`,
        [clinic, todoId, idOf(email), JSON.stringify(VALUES_ANSWERS), sharing],
      );
    for (const { sharing, samSubmitted, sees } of cases) {
      const { todoId } = await targets.todo();
      const alexSubmission = (await submit(todoId, DEMO.client, sharing)).rows[0].id;
      if (samSubmitted) await submit(todoId, 'sam.morgan@riverbend.example', 'PRIVATE');
      const view = await graphql<{ myTodo: { partners: { id: string } | null } }>(
        test.browser(),
        'query ($id: ID!) { myTodo(id: $id) { partners { id } } }',
        { id: todoId },
        { Cookie: sam },
      );
      expect({
        sharing,
        samSubmitted,
        sees: view.data?.myTodo.partners?.id === alexSubmission,
      }).toEqual({
        sharing,
        samSubmitted,
        sees,
      });
      // Whatever the sharing, Sam cannot reach it directly nor change who sees it.
      const direct = await graphql(
        test.browser(),
        'query ($id: ID!) { submission(id: $id) { id } }',
        { id: alexSubmission },
        { Cookie: sam },
      );
      expect(direct.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const reshare = await graphql(
        test.browser(),
        'mutation ($id: ID!) { shareSubmission(id: $id, sharing: PRIVATE) { id } }',
        { id: alexSubmission },
        { Cookie: sam },
      );
      expect(reshare.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('answers every refusal of a record exactly as a random id, and audits each naming the id asked for', async () => {
    const differences: Record<string, unknown> = {};
    const auditGaps: Record<string, unknown> = {};
    const deniedRecords = async (requestId: string) =>
      (
        await owner.query(
          `SELECT entity_id AS "entityId" FROM audit_event WHERE request_id = $1 AND outcome = 'DENIED'`,
          [requestId],
        )
      ).rows.map((row) => row.entityId as string);
    for (const [operation, row] of Object.entries(MATRIX)) {
      if (!row.variables) continue;
      for (const actor of ORDER) {
        if (actor === 'anonymous' || row.expect[actor] !== 'deny') continue;
        const variables = await row.variables(targets, actor);
        const asked = idsIn(variables);
        if (asked.length === 0) continue;
        const swaps = new Map<string, string>();
        const random = withRandomIds(variables, swaps) as Record<string, unknown>;
        const key = `${operation} as ${actor}`;
        if (operation.startsWith('Subscription.')) {
          const url = await listen(test.app);
          const refused = await subscriptionRefusal(url, cookies[actor]!, row.query, variables);
          const missing = await subscriptionRefusal(url, cookies[actor]!, row.query, random);
          if (JSON.stringify(refused) !== JSON.stringify(missing)) {
            differences[key] = { refused, missing };
          }
          continue;
        }
        const answers = [];
        for (const [vars, ids] of [
          [variables, asked],
          [random, [...swaps.values()]],
        ] as const) {
          const requestId = `matrix-${randomUUID()}`;
          const result = await graphql(test.browser(), row.query, vars, {
            Cookie: cookies[actor]!,
            'X-Request-Id': requestId,
          });
          const [error] = result.errors ?? [];
          answers.push({ code: error?.extensions?.code, message: error?.message });
          if (error?.extensions?.code !== 'NOT_FOUND') continue;
          // A refusal names the records asked for (each once), and nothing else.
          const named = await deniedRecords(requestId);
          const namedOnce = new Set(named).size === named.length;
          if (!named.length || !namedOnce || !named.every((id) => ids.includes(id))) {
            auditGaps[`${key}${ids === asked ? '' : ' (random ids)'}`] = named;
          }
        }
        if (JSON.stringify(answers[0]) !== JSON.stringify(answers[1])) {
          differences[key] = { refused: answers[0], missing: answers[1] };
        }
      }
    }
    expect({ differences, auditGaps }).toEqual({ differences: {}, auditGaps: {} });
  });

  for (const [operation, row] of Object.entries(MATRIX)) {
    it(`${operation}: ${ORDER.map((actor) => `${actor} ${row.expect[actor]}`).join(', ')}`, async () => {
      const seen: Record<string, string> = {};
      for (const actor of ORDER) {
        const variables = row.variables ? await row.variables(targets, actor) : {};
        if (operation.startsWith('Subscription.')) {
          const url = await listen(test.app);
          seen[actor] = await subscriptionOutcome(url, cookies[actor], row.query, variables);
          continue;
        }
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
