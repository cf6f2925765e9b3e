import { GraphQLSchemaHost } from '@nestjs/graphql';
import { CHECKIN_INSTRUMENT, CheckinForm, itemsOf, SAFETY_CONCERN_FROM } from '@tandem/shared';
import {
  getNamedType,
  GraphQLObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isAbstractType,
  isLeafType,
  isNonNullType,
} from 'graphql';
import { Client } from 'pg';
import { createDataSource } from '../src/database/data-source';
import { DEMO, graphql, signIn, startTestApp, TestApp } from './app';
import { assign, exerciseIdBySlug, idOf, inDays } from './exercise-fixtures';
import { listen, socketClient, subscribe, type Subscription } from './live-client';
import { startSmtpServer, TestSmtp } from './smtp';

const SAM = 'sam.morgan@riverbend.example';
const PRIYA = 'priya.shah@riverbend.example'; // not on the Morgans' care team
const PUBLIC_URL = 'https://tandem.example';

const SCHEDULE = `mutation ($input: ScheduleCheckinsInput!) { scheduleCheckins(input: $input) { id } }`;
const MY_OPEN_CHECKINS = '{ myCheckins { items { id } } }';
const SUBMIT = `mutation ($input: SubmitCheckinInput!) { submitCheckin(input: $input) { id status } }`;
const ALERTS = `query ($id: ID!, $all: Boolean!) {
  safetyAlerts(coupleId: $id, includeResolved: $all) {
    totalCount openCount
    items { id coupleId clientId clientName checkinId raisedAt resolvedAt resolvedByName resolution }
  }
}`;
const RESOLVE = `mutation ($id: ID!, $resolution: String!) {
  resolveSafetyAlert(id: $id, resolution: $resolution) { id resolvedAt resolvedByName resolution }
}`;
const COUPLE_ACTIVITY =
  'subscription ($id: ID!) { coupleActivity(coupleId: $id) { kind coupleId clientId } }';
const CASELOAD_ACTIVITY = 'subscription { caseloadActivity { kind coupleId clientId } }';

type Activity = Record<string, { kind: string; coupleId: string; clientId: string | null }>;

const FULL_ITEMS = itemsOf(CHECKIN_INSTRUMENT, CheckinForm.FULL);
const SAFETY_ITEMS = CHECKIN_INSTRUMENT.safetyItems;

/** A complete full-form response: varied scored answers, and these safety answers. */
function fullAnswers(safety: number[]) {
  return [
    ...FULL_ITEMS.map((item, index) => ({ itemKey: item.key, value: 1 + (index % 5) })),
    ...SAFETY_ITEMS.map((item, index) => ({ itemKey: item.key, value: safety[index] })),
  ];
}

async function eventually(check: () => Promise<boolean> | boolean, what: string, ms = 15_000) {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((next) => setTimeout(next, 100));
  }
}

/** The text of a raw mail, with quoted-printable soft breaks and escapes undone. */
function mailText(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Every field of `type` a query can ask for without arguments, to `depth` levels, so the
 * partner's views are compared whole (fields added later included) rather than a chosen few.
 */
function selectionOf(schema: GraphQLSchema, type: GraphQLNamedType, depth: number): string {
  if (isLeafType(type)) return '';
  if (isAbstractType(type)) {
    const parts = schema
      .getPossibleTypes(type)
      .map((member) => `... on ${member.name} ${selectionOf(schema, member, depth)}`);
    return `{ __typename ${parts.join(' ')} }`;
  }
  const fields = Object.values((type as GraphQLObjectType).getFields()).filter(
    (field: GraphQLField<unknown, unknown>) =>
      field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined),
  );
  const parts: string[] = [];
  for (const field of fields) {
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (depth > 1) parts.push(`${field.name} ${selectionOf(schema, named, depth - 1)}`);
  }
  return `{ ${parts.length ? parts.join(' ') : '__typename'} }`;
}

describe('safety answers: the care team at once, the partner by no path', () => {
  let test: TestApp;
  let smtp: TestSmtp;
  let owner: Client;
  let wsUrl: string;
  let morgan: string;
  let alexId: string;
  let schema: GraphQLSchema;
  const as = async (email: string) => {
    const agent = test.browser();
    const { cookie } = await signIn(agent, email);
    return { agent, cookie };
  };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    test = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_URL });
    wsUrl = await listen(test.app);
    owner = new Client({ connectionString: test.database.ownerUrl });
    await owner.connect();
    morgan = await idOf(owner, "SELECT id FROM couple WHERE name = 'Alex & Sam Morgan'");
    alexId = await idOf(owner, 'SELECT id FROM app_user WHERE email = $1', [DEMO.client]);
    schema = test.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(async () => {
    await owner.end();
    await test.close();
    await smtp.close();
  });

  it('keeps the table as designed: no drift from its entity, nothing deleted, resolved once', async () => {
    const ds = await createDataSource(test.database.ownerUrl, 'owner').initialize();
    try {
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(
        pending.upQueries.map((q) => q.query).filter((sql) => sql.includes('safety_alert')),
      ).toEqual([]);
    } finally {
      await ds.destroy();
    }
    const { rows } = await owner.query(
      `SELECT c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
              has_table_privilege('tandem_app', 'safety_alert', 'DELETE') AS "delete",
              has_table_privilege('tandem_app', 'safety_alert', 'UPDATE') AS "updateAll",
              has_column_privilege('tandem_app', 'safety_alert', 'resolution', 'UPDATE') AS "updateResolution",
              has_column_privilege('tandem_app', 'safety_alert', 'couple_id', 'UPDATE') AS "updateCouple"
         FROM pg_class c WHERE c.relname = 'safety_alert'`,
    );
    expect(rows[0]).toEqual({
      enabled: true,
      forced: true,
      delete: false,
      updateAll: false,
      updateResolution: true,
      updateCouple: false,
    });
  });

  it('alerts the care team live and by email, and tells the partner nothing, by any path', async () => {
    const maya = await as(DEMO.counselor);
    const daniel = await as(DEMO.otherCounselor); // the Morgans' second counselor
    const priya = await as(PRIYA);
    const alex = await as(DEMO.client);
    const sam = await as(SAM);

    // Something for the partner's exercise views to show, and one full check-in each.
    const exerciseId = await exerciseIdBySlug(owner, 'values-inventory');
    const given = await assign(maya.agent, { coupleId: morgan, exerciseId, dueAt: inDays(5) });
    // Its "assigned" emails to both partners go out first, so the mails after are the alert's.
    await eventually(() => smtp.mails.length >= 2, 'the "assigned" emails');
    const mailsBefore = smtp.mails.length;
    const scheduled = await graphql(maya.agent, SCHEDULE, {
      input: {
        coupleId: morgan,
        form: 'FULL',
        everyWeeks: 1,
        startsAt: inDays(1),
        until: inDays(1),
      },
    });
    expect(scheduled.errors).toBeUndefined();
    const openCheckin = async (agent: typeof sam.agent) =>
      (await graphql<{ myCheckins: { items: Array<{ id: string }> } }>(agent, MY_OPEN_CHECKINS))
        .data!.myCheckins.items[0].id;
    const alexCheckin = await openCheckin(alex.agent);
    const samCheckin = await openCheckin(sam.agent);

    // Sam answers "strongly disagree" to every safety statement: no concern, no alert.
    const calm = await graphql(sam.agent, SUBMIT, {
      input: {
        checkinId: samCheckin,
        answers: fullAnswers([1, 1, 1]),
        idempotencyKey: 'sam-safety-calm',
      },
    });
    expect(calm.errors).toBeUndefined();
    expect((await owner.query('SELECT count(*)::int AS n FROM safety_alert')).rows[0].n).toBe(0);

    // Every query, as Sam would run it (those refused to a client are refused the same way).
    const argsFor: Record<string, Record<string, unknown>> = {
      couple: { id: morgan },
      myCheckin: { id: samCheckin },
      myTodo: { id: given.occurrences[0].id },
    };
    const queryFields = Object.values(schema.getQueryType()!.getFields()).filter((field) =>
      field.args.every(
        (arg) =>
          !isNonNullType(arg.type) ||
          arg.defaultValue !== undefined ||
          argsFor[field.name]?.[arg.name] !== undefined ||
          arg.name === 'coupleId',
      ),
    );
    expect(queryFields.map((field) => field.name)).toEqual(
      expect.arrayContaining([
        'me',
        'myCouple',
        'couple',
        'myTodos',
        'myTodo',
        'myCheckins',
        'myCheckin',
        'myNotifications',
        'myTrends',
        'scoreReferences',
        'coupleTimeline',
        'safetyAlerts',
      ]),
    );
    const partnerViews = async () => {
      const views: Record<string, unknown> = {};
      for (const field of queryFields) {
        const values = { ...argsFor[field.name], coupleId: morgan };
        const declared = field.args
          .filter((arg) => values[arg.name as keyof typeof values] !== undefined)
          .map((arg) => `$${arg.name}: ${String(arg.type)}`);
        const passed = field.args
          .filter((arg) => values[arg.name as keyof typeof values] !== undefined)
          .map((arg) => `${arg.name}: $${arg.name}`);
        const lists = field.args.some((arg) => arg.name === 'list') ? ['OPEN', 'DONE'] : [null];
        for (const list of lists) {
          const listArg = list ? [`list: ${list}`] : [];
          const args = [...passed, ...listArg];
          const query = `query ${declared.length ? `(${declared.join(', ')})` : ''} {
            ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selectionOf(schema, getNamedType(field.type), 4)}
          }`;
          const variables = Object.fromEntries(
            field.args
              .filter((arg) => values[arg.name as keyof typeof values] !== undefined)
              .map((arg) => [arg.name, values[arg.name as keyof typeof values]]),
          );
          const { data, errors } = await graphql(sam.agent, query, variables);
          views[`${field.name}${list ? `(${list})` : ''}`] = { data, errors };
        }
      }
      return JSON.stringify(views, null, 1);
    };
    const before = await partnerViews();
    // The views really ran: the client's own queries answered, the care team's were refused.
    const parsed = JSON.parse(before) as Record<
      string,
      { data: unknown; errors?: Array<{ extensions: { code: string } }> }
    >;
    for (const name of ['me', 'myCouple', 'couple', 'myTodos(OPEN)', 'myCheckin', 'myTrends'])
      expect({ name, errors: parsed[name].errors }).toEqual({ name, errors: undefined });
    for (const name of ['safetyAlerts', 'coupleTimeline', 'caseload'])
      expect(parsed[name].errors?.[0].extensions.code).toBe('FORBIDDEN');

    // Live: the care team's couple page and caseload, another counselor's caseload, and
    // the partner, who may not subscribe to anything.
    const listeners: Record<string, Subscription<Activity>> = {
      mayaCouple: subscribe(socketClient(wsUrl, { Cookie: maya.cookie }), COUPLE_ACTIVITY, {
        id: morgan,
      }),
      mayaCaseload: subscribe(socketClient(wsUrl, { Cookie: maya.cookie }), CASELOAD_ACTIVITY),
      danielCaseload: subscribe(socketClient(wsUrl, { Cookie: daniel.cookie }), CASELOAD_ACTIVITY),
      priyaCaseload: subscribe(socketClient(wsUrl, { Cookie: priya.cookie }), CASELOAD_ACTIVITY),
      samCouple: subscribe(socketClient(wsUrl, { Cookie: sam.cookie }), COUPLE_ACTIVITY, {
        id: morgan,
      }),
      samCaseload: subscribe(socketClient(wsUrl, { Cookie: sam.cookie }), CASELOAD_ACTIVITY),
    };
    try {
      expect(JSON.stringify(await listeners.samCouple.failure())).toContain('FORBIDDEN');
      expect(JSON.stringify(await listeners.samCaseload.failure())).toContain('FORBIDDEN');
      for (const name of ['mayaCouple', 'mayaCaseload', 'danielCaseload', 'priyaCaseload'])
        expect(await listeners[name].failure(name === 'mayaCouple' ? 500 : 10)).toBeUndefined();

      // Alex neither agrees nor disagrees with one safety statement: a concern.
      const answers = fullAnswers([1, SAFETY_CONCERN_FROM, 1]);
      const input = { checkinId: alexCheckin, answers, idempotencyKey: 'alex-safety-1' };
      const submitted = await graphql(alex.agent, SUBMIT, { input });
      expect(submitted.errors).toBeUndefined();
      // A retry with the same key changes nothing: still one alert.
      expect((await graphql(alex.agent, SUBMIT, { input })).errors).toBeUndefined();
      const stored = await owner.query(
        'SELECT id, clinic_id, couple_id, client_id, checkin_id, resolved_at FROM safety_alert',
      );
      expect(stored.rows).toEqual([
        {
          id: expect.any(String),
          clinic_id: expect.any(String),
          couple_id: morgan,
          client_id: alexId,
          checkin_id: alexCheckin,
          resolved_at: null,
        },
      ]);
      const alertId: string = stored.rows[0].id;

      const safetyEvent = { kind: 'SAFETY_ALERT', coupleId: morgan, clientId: null };
      const nextSafety = async (listener: Subscription<Activity>) => {
        for (;;) {
          const event = Object.values(await listener.next())[0];
          if (event.kind === 'SAFETY_ALERT') return event;
        }
      };
      expect(await nextSafety(listeners.mayaCouple)).toEqual(safetyEvent);
      expect(await nextSafety(listeners.mayaCaseload)).toEqual(safetyEvent);
      expect(await nextSafety(listeners.danielCaseload)).toEqual(safetyEvent);
      // By now the NOTIFY has reached every subscriber: Priya's caseload heard nothing of it.
      expect(listeners.priyaCaseload.events).toEqual([]);
      expect(listeners.samCouple.events).toEqual([]);
      expect(listeners.samCaseload.events).toEqual([]);

      // One email per counselor of the care team, saying nothing clinical and naming no one.
      await eventually(() => smtp.mails.length >= mailsBefore + 2, 'the care team emails');
      const mails = smtp.mails.slice(mailsBefore).map(mailText);
      expect(mails).toHaveLength(2);
      const recipients = mails.map((mail) => /^To: (.*)$/m.exec(mail)?.[1]).sort();
      expect(recipients).toEqual([DEMO.otherCounselor, DEMO.counselor]);
      for (const mail of mails) {
        expect(mail).toContain('A client on your caseload needs your attention in Tandem');
        expect(mail).toContain(`${PUBLIC_URL}/couples/${morgan}`);
        for (const secret of [
          'Alex',
          'Sam',
          'Morgan',
          'safety',
          'afraid',
          'controlled',
          'hurt',
          'score',
          'index',
          'check-in',
          alertId,
          alexCheckin,
          ...SAFETY_ITEMS.flatMap((item) => [item.key, item.text]),
          ...FULL_ITEMS.map((item) => item.text),
        ])
          expect({ secret, found: mail.toLowerCase().includes(secret.toLowerCase()) }).toEqual({
            secret,
            found: false,
          });
      }
      const jobs = await owner.query(
        "SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'safety-alert-email'",
      );
      expect(jobs.rows[0].n).toBe(2);

      // Nothing the partner can run changed, but for the clinic-wide references Alex's
      // check-in itself feeds (its response counts); what moved there says nothing of the
      // alert, and the end of this test shows the partner's views are the same without it.
      const after = await partnerViews();
      const afterViews = JSON.parse(after) as Record<string, unknown>;
      const changed = Object.keys(parsed).filter(
        (name) => JSON.stringify(afterViews[name]) !== JSON.stringify(parsed[name]),
      );
      const withoutReferences = (view: unknown) =>
        JSON.stringify(view, (key, value: unknown) => (key === 'references' ? undefined : value));
      expect(
        changed.filter(
          (name) =>
            name !== 'scoreReferences' &&
            withoutReferences(afterViews[name]) !== withoutReferences(parsed[name]),
        ),
      ).toEqual([]);
      for (const name of changed) {
        const view = JSON.stringify(afterViews[name]);
        for (const text of [alertId, 'SAFETY', 'safety', ...SAFETY_ITEMS.map((item) => item.key)])
          expect({ name, text, found: view.includes(text) }).toEqual({ name, text, found: false });
      }

      // The care team reads it; a counselor off the team cannot tell it exists.
      const read = await graphql<{
        safetyAlerts: {
          totalCount: number;
          openCount: number;
          items: Array<Record<string, unknown>>;
        };
      }>(maya.agent, ALERTS, { id: morgan, all: false });
      expect(read.errors).toBeUndefined();
      expect(read.data!.safetyAlerts).toEqual({
        totalCount: 1,
        openCount: 1,
        items: [
          {
            id: alertId,
            coupleId: morgan,
            clientId: alexId,
            clientName: 'Alex Morgan',
            checkinId: alexCheckin,
            raisedAt: expect.any(String),
            resolvedAt: null,
            resolvedByName: null,
            resolution: null,
          },
        ],
      });
      const offTeam = await graphql(priya.agent, ALERTS, { id: morgan, all: true });
      expect(offTeam.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(offTeam.errors?.[0].message).toBe(
        (
          await graphql(priya.agent, ALERTS, {
            id: '00000000-0000-4000-8000-000000000000',
            all: true,
          })
        ).errors?.[0].message,
      );
      const offTeamResolve = await graphql(priya.agent, RESOLVE, {
        id: alertId,
        resolution: 'Not mine to close.',
      });
      expect(offTeamResolve.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(
        (await graphql(sam.agent, RESOLVE, { id: alertId, resolution: 'x' })).errors?.[0].extensions
          ?.code,
      ).toBe('FORBIDDEN');

      // Resolved once, with a note, after the individual check; then CONFLICT.
      const empty = await graphql(maya.agent, RESOLVE, { id: alertId, resolution: '   ' });
      expect(empty.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const resolved = await graphql<{ resolveSafetyAlert: Record<string, unknown> }>(
        maya.agent,
        RESOLVE,
        { id: alertId, resolution: 'Met Alex alone on Tuesday; safety plan agreed.' },
      );
      expect(resolved.errors).toBeUndefined();
      expect(resolved.data!.resolveSafetyAlert).toEqual({
        id: alertId,
        resolvedAt: expect.any(String),
        resolvedByName: 'Maya Okafor',
        resolution: 'Met Alex alone on Tuesday; safety plan agreed.',
      });
      expect(await nextSafety(listeners.mayaCouple)).toEqual(safetyEvent);
      for (const agent of [maya.agent, daniel.agent]) {
        const again = await graphql(agent, RESOLVE, { id: alertId, resolution: 'Again.' });
        expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
      }
      const open = await graphql<{ safetyAlerts: { openCount: number; totalCount: number } }>(
        daniel.agent,
        ALERTS,
        { id: morgan, all: false },
      );
      expect(open.data!.safetyAlerts).toMatchObject({ openCount: 0, totalCount: 0 });
      const all = await graphql<{ safetyAlerts: { totalCount: number } }>(daniel.agent, ALERTS, {
        id: morgan,
        all: true,
      });
      expect(all.data!.safetyAlerts.totalCount).toBe(1);

      // Resolving changed nothing for the partner either.
      expect(await partnerViews()).toBe(after);

      const audit = await owner.query(
        `SELECT e.action, e.outcome, e.entity_type AS "entityType", e.entity_id AS "entityId",
                u.email, e.client_ids AS "clientIds"
           FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_id
          WHERE e.action LIKE 'safety.%' ORDER BY e.occurred_at, e.action`,
      );
      expect(audit.rows).toEqual(
        expect.arrayContaining([
          {
            action: 'safety.raise',
            outcome: 'ALLOWED',
            entityType: 'safety_alert',
            entityId: alertId,
            email: DEMO.client,
            clientIds: [alexId],
          },
          expect.objectContaining({
            action: 'safety.read',
            outcome: 'ALLOWED',
            entityType: 'couple',
            entityId: morgan,
            email: DEMO.counselor,
          }),
          expect.objectContaining({ action: 'safety.read', outcome: 'DENIED', email: PRIYA }),
          expect.objectContaining({
            action: 'safety.resolve',
            outcome: 'DENIED',
            entityId: alertId,
            email: PRIYA,
          }),
          expect.objectContaining({
            action: 'safety.resolve',
            outcome: 'ALLOWED',
            entityType: 'safety_alert',
            entityId: alertId,
            email: DEMO.counselor,
          }),
        ]),
      );
      expect(audit.rows.filter((row) => row.action === 'safety.raise')).toHaveLength(1);

      // Kept for the record, even from the owner.
      await expect(
        owner.query('DELETE FROM safety_alert WHERE id = $1', [alertId]),
      ).rejects.toThrow(/not allowed/);
      await expect(
        owner.query("UPDATE safety_alert SET resolution = 'Rewritten' WHERE id = $1", [alertId]),
      ).rejects.toThrow(/not allowed/);
      const app = new Client({ connectionString: test.database.appUrl });
      await app.connect();
      try {
        await expect(app.query('DELETE FROM safety_alert')).rejects.toThrow(/permission denied/);
      } finally {
        await app.end();
      }

      // And the partner sees the same with the alert gone altogether.
      await owner.query('ALTER TABLE safety_alert DISABLE TRIGGER safety_alert_kept');
      await owner.query('DELETE FROM safety_alert WHERE id = $1', [alertId]);
      await owner.query('ALTER TABLE safety_alert ENABLE TRIGGER safety_alert_kept');
      expect(await partnerViews()).toBe(after);
    } finally {
      for (const listener of Object.values(listeners)) listener.close();
    }
  });
});
