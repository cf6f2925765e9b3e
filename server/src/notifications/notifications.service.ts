import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Environment } from '../config/environment';
import { InjectEnvironment } from '../config/environment.provider';
import { PageArgs } from '../common/page.args';
import { RequestContext } from '../context/request-context';
import { OWNER_CONNECTION } from '../database/database.module';
import { Sql, sqlOn, type SqlSession } from '../database/sql';
import { JobQueue } from '../jobs/job-queue';
import { Mailer } from '../mail/mailer.service';
import { UserStatus } from '../accounts/user.entity';
import { notificationMail } from './notification-mail';
import { NotificationKind } from './notification.entity';
import { NotificationPageModel } from './models/notification.model';
import * as queries from './notifications.queries';

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
  /** Statements on the owner connection, across clinics (jobs). */
  private readonly ownerSql: SqlSession;

  constructor(
    private readonly context: RequestContext,
    private readonly sql: Sql,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
    @InjectDataSource(OWNER_CONNECTION) private readonly owner: DataSource,
    @InjectEnvironment() private readonly environment: Environment,
  ) {
    this.ownerSql = sqlOn(owner.manager);
  }

  /** Stores notifications in the current operation's transaction and queues their emails. */
  async notify(notifications: NewNotification[]): Promise<void> {
    if (notifications.length === 0) return;
    const rows = await this.sql.rows(queries.insertNotifications, [
      this.context.requiredActor.clinicId,
      notifications.map((n) => n.recipientId),
      notifications.map((n) => n.kind),
      notifications.map((n) => n.occurrenceId),
      notifications.map((n) => n.dedupeKey),
    ]);
    if (!this.environment.SMTP_URL) return;
    for (const { id } of rows) await this.jobs.sendInTransaction(EMAIL_JOB, { id }, id);
  }

  async mine({ limit, offset }: PageArgs): Promise<NotificationPageModel> {
    const userId = this.context.requiredActor.userId;
    const items = await this.sql.rows(queries.notificationPage, [userId, limit, offset]);
    const counts = await this.sql.one(queries.notificationCounts, [userId]);
    return { items, totalCount: counts.total, unreadCount: counts.unread };
  }

  /** Marks the given notifications (all, when none are named) as read; returns how many. */
  async markRead(ids: string[] | null): Promise<number> {
    return this.sql.execute(queries.markNotificationsRead, [
      this.context.requiredActor.userId,
      ids,
    ]);
  }

  /**
   * Reminders for every clinic: "due soon" for open to-dos due within a day, "overdue" for
   * those past due (within the last two weeks, so a long-forgotten one does not nag forever).
   * Runs as the owner, across clinics; safe to run on two replicas at once.
   */
  async sendReminders(): Promise<number> {
    return this.owner.transaction(async (manager) => {
      const rows = await sqlOn(manager).rows(queries.insertReminders, []);
      if (this.environment.SMTP_URL) {
        for (const { id } of rows) await this.jobs.send(EMAIL_JOB, { id }, id);
      }
      return rows.length;
    });
  }

  /** Sends the email of one notification, once. */
  async deliverEmail(id: string): Promise<void> {
    const row = await this.ownerSql.maybeOne(queries.notificationToEmail, [id]);
    if (!row || row.emailedAt || row.status !== UserStatus.ACTIVE) return;
    const link = new URL(
      '/',
      this.environment.PUBLIC_URL ?? `http://localhost:${this.environment.PORT}`,
    ).toString();
    const sent = await this.mailer.send(notificationMail(row.kind, row, link));
    // A failure throws so pg-boss retries it later with backoff.
    if (!sent) throw new Error(`The email for notification ${id} was not accepted`);
    await this.ownerSql.execute(queries.markNotificationEmailed, [id]);
    this.logger.log(`Emailed notification ${id}`);
  }
}
