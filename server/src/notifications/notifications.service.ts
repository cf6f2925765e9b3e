import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Environment } from '../config/environment';
import { InjectEnvironment } from '../config/environment.provider';
import { OPEN_TODOS } from '../assignments/progress.queries';
import { PageArgs } from '../common/page.args';
import { RequestContext } from '../context/request-context';
import { OWNER_CONNECTION } from '../database/database.module';
import { JobQueue } from '../jobs/job-queue';
import { Mailer } from '../mail/mailer.service';
import { notificationMail } from './notification-mail';
import { NotificationKind } from './notification.entity';
import { NotificationPageModel } from './models/notification.model';

export const EMAIL_JOB = 'notification-email';

export interface NewNotification {
  recipientId: string;
  kind: NotificationKind;
  occurrenceId: string;
  /** Identifies the event, so that producing it twice stores it once. */
  dedupeKey: string;
}

/**
 * The notification outbox: rows a client reads in the portal and, with SMTP configured, an
 * email each. Producers may run twice (retries, two replicas): the dedupe key keeps one row,
 * and the email job's id is the row's id, so one mail.
 */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger(NotificationsService.name);

  constructor(
    private readonly context: RequestContext,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
    @InjectDataSource(OWNER_CONNECTION) private readonly owner: DataSource,
    @InjectEnvironment() private readonly environment: Environment,
  ) {}

  /** Stores notifications in the current operation's transaction and queues their emails. */
  async notify(notifications: NewNotification[]): Promise<void> {
    if (notifications.length === 0) return;
    const rows: Array<{ id: string }> = await this.context.manager.query(
      `INSERT INTO notification (clinic_id, recipient_id, kind, occurrence_id, dedupe_key)
       SELECT $1, n.recipient_id, n.kind, n.occurrence_id, n.dedupe_key
         FROM json_to_recordset($2::json)
              AS n(recipient_id uuid, kind notification_kind, occurrence_id uuid, dedupe_key text)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [
        this.context.requiredActor.clinicId,
        JSON.stringify(
          notifications.map((n) => ({
            recipient_id: n.recipientId,
            kind: n.kind,
            occurrence_id: n.occurrenceId,
            dedupe_key: n.dedupeKey,
          })),
        ),
      ],
    );
    if (!this.environment.SMTP_URL) return;
    for (const { id } of rows) await this.jobs.sendInTransaction(EMAIL_JOB, { id }, id);
  }

  async mine({ limit, offset }: PageArgs): Promise<NotificationPageModel> {
    const userId = this.context.requiredActor.userId;
    const manager = this.context.manager;
    const items = await manager.query(
      `SELECT n.id, n.kind, n.occurrence_id AS "todoId", v.title AS "exerciseTitle",
              n.created_at AS "createdAt", n.read_at AS "readAt"
         FROM notification n
         JOIN assignment_occurrence o ON o.id = n.occurrence_id
         JOIN assignment a ON a.id = o.assignment_id
         JOIN exercise_version v ON v.id = a.exercise_version_id
        WHERE n.recipient_id = $1
        ORDER BY n.created_at DESC, n.id LIMIT $2 OFFSET $3`,
      [userId, limit, offset],
    );
    const [counts] = await manager.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread
         FROM notification WHERE recipient_id = $1`,
      [userId],
    );
    return { items, totalCount: counts.total, unreadCount: counts.unread };
  }

  /** Marks the given notifications (all, when none are named) as read; returns how many. */
  async markRead(ids: string[] | null): Promise<number> {
    const [, count] = await this.context.manager.query(
      `UPDATE notification SET read_at = now()
        WHERE recipient_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [this.context.requiredActor.userId, ids],
    );
    return count;
  }

  /**
   * Reminders for every clinic: "due soon" for open to-dos due within a day, "overdue" for
   * those past due (within the last two weeks, so a long-forgotten one does not nag forever).
   * Runs as the owner, across clinics; safe to run on two replicas at once.
   */
  async sendReminders(): Promise<number> {
    return this.owner.transaction(async (manager) => {
      const rows: Array<{ id: string }> = await manager.query(
        `WITH open AS (${OPEN_TODOS}),
              due AS (
                SELECT open.*, CASE WHEN due_at < now() THEN 'OVERDUE' ELSE 'DUE_SOON' END AS kind
                  FROM open
                 WHERE due_at < now() + interval '1 day' AND due_at > now() - interval '14 days')
         INSERT INTO notification (clinic_id, recipient_id, kind, occurrence_id, dedupe_key)
         SELECT clinic_id, client_id, kind::notification_kind, occurrence_id,
                lower(kind) || ':' || occurrence_id || ':' || client_id
           FROM due
         ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      );
      if (this.environment.SMTP_URL) {
        for (const { id } of rows) await this.jobs.send(EMAIL_JOB, { id }, id);
      }
      return rows.length;
    });
  }

  /** Sends the email of one notification, once. */
  async deliverEmail(id: string): Promise<void> {
    const [row] = await this.owner.query(
      `SELECT n.kind, n.emailed_at AS "emailedAt", u.email, u.display_name AS "displayName", u.status
         FROM notification n JOIN app_user u ON u.id = n.recipient_id WHERE n.id = $1`,
      [id],
    );
    if (!row || row.emailedAt || row.status !== 'ACTIVE') return;
    const link = new URL(
      '/',
      this.environment.PUBLIC_URL ?? `http://localhost:${this.environment.PORT}`,
    ).toString();
    const sent = await this.mailer.send(notificationMail(row.kind, row, link));
    // A failure throws so pg-boss retries it later with backoff.
    if (!sent) throw new Error(`The email for notification ${id} was not accepted`);
    await this.owner.query('UPDATE notification SET emailed_at = now() WHERE id = $1', [id]);
    this.logger.log(`Emailed notification ${id}`);
  }
}
