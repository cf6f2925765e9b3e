import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '../jobs/job-queue';
import { EMAIL_JOB, NotificationsService } from './notifications.service';

export const REMINDERS_JOB = 'exercise-reminders';

/** Registers the reminder scan (every minute, once across replicas) and the email sender. */
@Injectable()
export class NotificationJobs implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationsService,
  ) {}

  async onApplicationBootstrap() {
    await this.jobs.work<{ id: string }>(EMAIL_JOB, ({ id }) =>
      this.notifications.deliverEmail(id),
    );
    await this.jobs.work(REMINDERS_JOB, async () => {
      await this.notifications.sendReminders();
    });
    await this.jobs.schedule(REMINDERS_JOB, '* * * * *');
  }
}
