import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Environment } from '../config/environment';
import { InjectEnvironment } from '../config/environment.provider';
import { OWNER_CONNECTION } from '../database/database.module';
import { sqlOn } from '../database/sql';
import { JobQueue } from '../jobs/job-queue';
import { Mailer } from '../mail/mailer.service';
import { safetyAlertMail } from './safety-mail';
import { emailRecipient } from './safety.queries';
import { SAFETY_EMAIL_JOB, type SafetyEmailJob } from './safety.service';

/** Sends the care team's safety emails, in whichever replica fetches the job. */
@Injectable()
export class SafetyJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger(SafetyJobs.name);

  constructor(
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
    @InjectDataSource(OWNER_CONNECTION) private readonly owner: DataSource,
    @InjectEnvironment() private readonly environment: Environment,
  ) {}

  async onApplicationBootstrap() {
    await this.jobs.work<SafetyEmailJob>(SAFETY_EMAIL_JOB, (job) => this.deliver(job));
  }

  /** Mails one counselor, if they are still active and on the care team. */
  async deliver({ alertId, counselorId }: SafetyEmailJob): Promise<void> {
    const row = await sqlOn(this.owner.manager).maybeOne(emailRecipient, [alertId, counselorId]);
    // Resolved before the mail went out: someone on the team already acted.
    if (!row?.stillConcerned) return;
    const base = this.environment.PUBLIC_URL ?? `http://localhost:${this.environment.PORT}`;
    const link = new URL(`/couples/${row.coupleId}`, base).toString();
    const sent = await this.mailer.send(safetyAlertMail(row, link));
    // A failure throws so pg-boss retries it later with backoff.
    if (!sent) throw new Error(`The care-team email for alert ${alertId} was not accepted`);
    this.logger.log(`Emailed the care team's attention notice ${alertId} to ${counselorId}`);
  }
}
