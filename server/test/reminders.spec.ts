import { Client } from 'pg';
import { NotificationsService } from '../src/notifications/notifications.service';
import { createTestDatabase, TestDatabase } from './database';
import { DEMO, graphql, signIn, startTestApp, TestApp } from './app';
import {
  assign,
  exerciseIdBySlug,
  idOf,
  inDays,
  SUBMIT,
  VALUES_ANSWERS,
} from './exercise-fixtures';
import { startSmtpServer, TestSmtp } from './smtp';

async function eventually(check: () => Promise<boolean> | boolean, what: string, ms = 15_000) {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((next) => setTimeout(next, 100));
  }
}

describe('reminders and email on two replicas (pg-boss, real SMTP server)', () => {
  let database: TestDatabase;
  let replicas: TestApp[];
  let smtp: TestSmtp;
  let owner: Client;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    database = await createTestDatabase();
    const env = { SMTP_URL: smtp.url, PUBLIC_URL: 'https://tandem.example' };
    replicas = [await startTestApp(env, database), await startTestApp(env, database)];
    owner = new Client({ connectionString: database.ownerUrl });
    await owner.connect();
  });
  afterAll(async () => {
    await owner.end();
    for (const replica of replicas) await replica.close();
    await database.drop();
    await smtp.close();
  });

  const notifications = (kind: string, occurrenceId: string) =>
    owner
      .query(
        `SELECT u.email FROM notification n JOIN app_user u ON u.id = n.recipient_id
          WHERE n.kind = $1 AND n.occurrence_id = $2 ORDER BY u.email`,
        [kind, occurrenceId],
      )
      .then(({ rows }) => rows.map((row) => row.email as string));
  const remindEverywhereTwice = () =>
    Promise.all(
      [...replicas, ...replicas].map((replica) =>
        replica.app.get(NotificationsService).sendReminders(),
      ),
    );

  it('tells each partner once: assigned, due soon, overdue; by email too, with no clinical content', async () => {
    const maya = replicas[0].browser();
    await signIn(maya, DEMO.counselor);
    const morgan = await idOf(owner, "SELECT id FROM couple WHERE name = 'Alex & Sam Morgan'");
    const exerciseId = await exerciseIdBySlug(owner, 'values-inventory');
    const { occurrences } = await assign(maya, { coupleId: morgan, exerciseId, dueAt: inDays(3) });
    const todoId = occurrences[0].id;
    const partners = [DEMO.client, 'sam.morgan@riverbend.example'];

    expect(await notifications('ASSIGNED', todoId)).toEqual(partners);
    await eventually(() => smtp.mails.length >= 2, 'the two "assigned" emails');

    // A day before it is due, every replica scans twice: one reminder each.
    await owner.query(
      `UPDATE assignment_occurrence SET due_at = now() + interval '2 hours' WHERE id = $1`,
      [todoId],
    );
    await remindEverywhereTwice();
    expect(await notifications('DUE_SOON', todoId)).toEqual(partners);

    // Alex submits on time; once it is past due, only Sam hears about it.
    const alex = replicas[1].browser();
    await signIn(alex, DEMO.client);
    const submitted = await graphql(alex, SUBMIT, {
      input: { todoId, answers: VALUES_ANSWERS, idempotencyKey: 'remind-test-1' },
    });
    expect(submitted.errors).toBeUndefined();
    await owner.query(
      `UPDATE assignment_occurrence SET due_at = now() - interval '1 hour' WHERE id = $1`,
      [todoId],
    );
    await remindEverywhereTwice();
    expect(await notifications('OVERDUE', todoId)).toEqual(['sam.morgan@riverbend.example']);
    const caseload = await graphql<{
      caseload: { items: Array<{ id: string; overdueCount: number }> };
    }>(maya, '{ caseload { items { id overdueCount } } }');
    expect(caseload.data!.caseload.items.find((couple) => couple.id === morgan)!.overdueCount).toBe(
      1,
    );

    // Five notifications, five emails: each sent once though two replicas work the queue.
    await eventually(() => smtp.mails.length >= 5, 'five emails');
    await new Promise((settle) => setTimeout(settle, 2500));
    expect(smtp.mails).toHaveLength(5);
    const { rows } = await owner.query(
      'SELECT count(*)::int AS n FROM notification WHERE occurrence_id = $1 AND emailed_at IS NOT NULL',
      [todoId],
    );
    expect(rows[0].n).toBe(5);
    for (const mail of smtp.mails) {
      expect(mail).toContain('https://tandem.example/');
      expect(mail).not.toContain('What I stand for');
    }
  });

  it('scans on a schedule that all replicas share', async () => {
    const { rows } = await owner.query('SELECT name, cron FROM pgboss.schedule');
    expect(rows).toEqual([{ name: 'exercise-reminders', cron: '* * * * *' }]);
  });

  it('reads and clears a client’s notifications', async () => {
    const alex = replicas[0].browser();
    await signIn(alex, DEMO.client);
    const before = await graphql<{
      myNotifications: { unreadCount: number; items: Array<{ id: string; exerciseTitle: string }> };
    }>(alex, '{ myNotifications { unreadCount items { id kind exerciseTitle readAt } } }');
    expect(before.data!.myNotifications.unreadCount).toBeGreaterThan(0);
    expect(before.data!.myNotifications.items[0].exerciseTitle).toBe('What I stand for');
    const one = before.data!.myNotifications.items[0].id;
    await graphql(alex, 'mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }', {
      ids: [one],
    });
    const marked = await graphql(alex, 'mutation { markNotificationsRead }');
    expect(marked.data).toEqual({
      markNotificationsRead: before.data!.myNotifications.unreadCount - 1,
    });
    const after = await graphql<{ myNotifications: { unreadCount: number } }>(
      alex,
      '{ myNotifications { unreadCount } }',
    );
    expect(after.data!.myNotifications.unreadCount).toBe(0);
    // Someone else's notification ids change nothing.
    const sam = replicas[1].browser();
    await signIn(sam, 'sam.morgan@riverbend.example');
    const foreign = await graphql(
      sam,
      'mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }',
      { ids: [one] },
    );
    expect(foreign.data).toEqual({ markNotificationsRead: 0 });
  });
});
