import { joinAccount } from '../accounts/accounts.queries';
import type { UserStatus } from '../accounts/user.entity';
import { joinOccurrence, OPEN_TODOS } from '../assignments/progress.queries';
import { pg, statement } from '../database/sql';
import { joinExerciseVersion } from '../exercises/exercises.queries';
import type { NotificationKind } from './notification.entity';

const KIND = pg.enum<NotificationKind>('notification_kind');

/**
 * Stores notifications given as parallel arrays (recipient, kind, to-do, dedupe key) in the
 * clinic $1; one already stored under its dedupe key is skipped. Returns the new rows' ids.
 */
export const insertNotifications = statement({
  name: 'notifications.insert',
  text: `INSERT INTO notification (clinic_id, recipient_id, kind, occurrence_id, dedupe_key)
         SELECT $1, n.recipient_id, n.kind, n.occurrence_id, n.dedupe_key
           FROM unnest($2::uuid[], $3::notification_kind[], $4::uuid[], $5::text[])
                AS n(recipient_id, kind, occurrence_id, dedupe_key)
         ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
  params: [
    pg.uuid,
    pg.uuidArray,
    pg.enumArray<NotificationKind>('notification_kind'),
    pg.uuidArray,
    pg.textArray,
  ],
  row: { id: pg.uuid },
});

/** A page of a recipient's notifications, newest first, with the exercise each is about. */
export const notificationPage = statement({
  name: 'notifications.page',
  text: `SELECT n.id, n.kind, n.occurrence_id AS "todoId", v.title AS "exerciseTitle",
                n.created_at AS "createdAt", n.read_at AS "readAt"
           FROM notification n
           ${joinOccurrence('n.occurrence_id')}
           ${joinExerciseVersion('a.exercise_version_id')}
          WHERE n.recipient_id = $1
          ORDER BY n.created_at DESC, n.id LIMIT $2::int OFFSET $3::int`,
  params: [pg.uuid, pg.int4, pg.int4],
  row: {
    id: pg.uuid,
    kind: KIND,
    todoId: pg.uuid,
    exerciseTitle: pg.varchar,
    createdAt: pg.timestamptz,
    readAt: pg.timestamptz.orNull,
  },
});

export const notificationCounts = statement({
  name: 'notifications.counts',
  text: `SELECT count(*)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread
           FROM notification WHERE recipient_id = $1`,
  params: [pg.uuid],
  row: { total: pg.int4, unread: pg.int4 },
});

/** Marks a recipient's unread notifications as read: those listed, or all when null. */
export const markNotificationsRead = statement({
  name: 'notifications.markRead',
  text: `UPDATE notification SET read_at = now()
          WHERE recipient_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
  params: [pg.uuid, pg.uuidArray.orNull],
});

/**
 * Reminders for every clinic (owner connection): "due soon" for open to-dos due within a day,
 * "overdue" for those past due within the last two weeks. Returns the new rows' ids.
 */
export const insertReminders = statement({
  name: 'notifications.insertReminders',
  text: `WITH open AS (${OPEN_TODOS}),
              due AS (
                SELECT open.*, CASE WHEN due_at < now() THEN 'OVERDUE' ELSE 'DUE_SOON' END AS kind
                  FROM open
                 WHERE due_at < now() + interval '1 day' AND due_at > now() - interval '14 days')
         INSERT INTO notification (clinic_id, recipient_id, kind, occurrence_id, dedupe_key)
         SELECT clinic_id, client_id, kind::notification_kind, occurrence_id,
                lower(kind) || ':' || occurrence_id || ':' || client_id
           FROM due
         ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
  params: [],
  row: { id: pg.uuid },
});

/** What the email of one notification needs: its recipient, and whether it went out. */
export const notificationToEmail = statement({
  name: 'notifications.toEmail',
  text: `SELECT n.kind, n.emailed_at AS "emailedAt", u.email, u.display_name AS "displayName", u.status
           FROM notification n ${joinAccount('u', 'n.recipient_id')} WHERE n.id = $1`,
  params: [pg.uuid],
  row: {
    kind: KIND,
    emailedAt: pg.timestamptz.orNull,
    email: pg.varchar,
    displayName: pg.varchar,
    status: pg.enum<UserStatus>('user_status'),
  },
});

export const markNotificationEmailed = statement({
  name: 'notifications.markEmailed',
  text: 'UPDATE notification SET emailed_at = now() WHERE id = $1',
  params: [pg.uuid],
});
