import { Injectable } from '@nestjs/common';
import { instrumentVersion, type ItemAnswer, safetyConcern } from '@tandem/shared';
import { AccessPolicy } from '../access/access-policy';
import { PageArgs } from '../common/page.args';
import type { Environment } from '../config/environment';
import { InjectEnvironment } from '../config/environment.provider';
import { RequestContext } from '../context/request-context';
import { Sql } from '../database/sql';
import { conflict } from '../graphql/errors';
import { JobQueue } from '../jobs/job-queue';
import { ActivityKind } from '../live/activity-event';
import { PgPubSub } from '../live/pg-pubsub';
import { SafetyAlertModel, SafetyAlertPageModel } from './models/safety-alert.model';
import {
  alertById,
  alertCountsOfCouple,
  alertsOfCouple,
  emailRecipients,
  insertAlert,
  resolveAlert,
} from './safety.queries';

export const SAFETY_EMAIL_JOB = 'safety-alert-email';

export interface SafetyEmailJob {
  alertId: string;
  counselorId: string;
}

/** The check-in just submitted, as the check-in's own module read it. */
export interface SubmittedCheckin {
  id: string;
  clinicId: string;
  coupleId: string;
  clientId: string;
  instrumentVersion: number;
}

/**
 * Safety answers: a check-in whose safety items raise concern opens an alert for the care
 * team, in the submit's own transaction (so an acknowledged submit always has its alert),
 * announced live to the care team and by an email with no clinical content to each of its
 * counselors. The partner is told nothing, by any path. Reads and resolutions are audited.
 */
@Injectable()
export class SafetyService {
  constructor(
    private readonly context: RequestContext,
    private readonly sql: Sql,
    private readonly policy: AccessPolicy,
    private readonly live: PgPubSub,
    private readonly jobs: JobQueue,
    @InjectEnvironment() private readonly environment: Environment,
  ) {}

  /** Called by the check-in submit, after its answers are stored. */
  async raiseIfConcerning(
    checkin: SubmittedCheckin,
    answers: readonly ItemAnswer[],
  ): Promise<void> {
    if (!safetyConcern(instrumentVersion(checkin.instrumentVersion), answers)) return;
    const alert = await this.sql.maybeOne(insertAlert, [
      checkin.clinicId,
      checkin.coupleId,
      checkin.clientId,
      checkin.id,
    ]);
    if (!alert) return;
    // No partner id in the event: who answered is for the care team to read, with an audit.
    await this.live.publish({ kind: ActivityKind.SAFETY_ALERT, coupleId: checkin.coupleId });
    this.policy.created('safety.raise', alert.id, [checkin.clientId]);
    if (this.environment.SMTP_URL) await this.queueEmails(alert.id, checkin.coupleId);
  }

  async forCouple(
    coupleId: string,
    includeResolved: boolean,
    { limit, offset }: PageArgs,
  ): Promise<SafetyAlertPageModel> {
    await this.policy.careTeamCouple(coupleId, 'safety.read');
    const items = await this.sql.rows(alertsOfCouple, [coupleId, includeResolved, limit, offset]);
    const counts = await this.sql.one(alertCountsOfCouple, [coupleId, includeResolved]);
    return { items, totalCount: counts.total, openCount: counts.open };
  }

  async resolve(id: string, resolution: string): Promise<SafetyAlertModel> {
    const scope = await this.policy.safetyAlert(id, 'safety.resolve');
    if (scope.resolved) throw conflict('This safety alert is already resolved.');
    const resolved = await this.sql.execute(resolveAlert, [
      id,
      this.context.requiredActor.userId,
      resolution,
    ]);
    // Another member of the care team resolved it at the same moment.
    if (resolved === 0) throw conflict('This safety alert is already resolved.');
    await this.live.publish({ kind: ActivityKind.SAFETY_ALERT, coupleId: scope.coupleId });
    return this.sql.one(alertById, [id]);
  }

  /**
   * One email job per active counselor of the care team, queued in the submit's transaction.
   * A job's id comes from the alert and the counselor, so it is queued once whatever happens.
   */
  private async queueEmails(alertId: string, coupleId: string) {
    const recipients = await this.sql.rows(emailRecipients, [coupleId, alertId]);
    for (const { counselorId, jobId } of recipients) {
      const job: SafetyEmailJob = { alertId, counselorId };
      await this.jobs.sendInTransaction(SAFETY_EMAIL_JOB, job, jobId);
    }
  }
}
