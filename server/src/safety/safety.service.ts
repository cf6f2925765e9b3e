import { Injectable } from '@nestjs/common';
import { instrumentVersion, type ItemAnswer, safetyConcern } from '@tandem/shared';
import { AccessPolicy } from '../access/access-policy';
import { AuditService } from '../audit/audit.service';
import { PageArgs } from '../common/page.args';
import type { Environment } from '../config/environment';
import { InjectEnvironment } from '../config/environment.provider';
import { RequestContext } from '../context/request-context';
import { conflict } from '../graphql/errors';
import { JobQueue } from '../jobs/job-queue';
import { ActivityKind } from '../live/activity-event';
import { PgPubSub } from '../live/pg-pubsub';
import { SafetyAlertModel, SafetyAlertPageModel } from './models/safety-alert.model';
import { SAFETY_ALERT_COLUMNS, SAFETY_ALERT_JOINS } from './safety-sql';

export const SAFETY_EMAIL_JOB = 'safety-alert-email';

export interface SafetyEmailJob {
  alertId: string;
  counselorId: string;
}

interface SubmittedCheckin {
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
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly live: PgPubSub,
    private readonly jobs: JobQueue,
    @InjectEnvironment() private readonly environment: Environment,
  ) {}

  /** Called by the check-in submit, after its answers are stored. */
  async raiseIfConcerning(checkinId: string, answers: readonly ItemAnswer[]): Promise<void> {
    const manager = this.context.manager;
    const [checkin]: SubmittedCheckin[] = await manager.query(
      `SELECT clinic_id AS "clinicId", couple_id AS "coupleId", client_id AS "clientId",
              instrument_version AS "instrumentVersion"
         FROM checkin WHERE id = $1`,
      [checkinId],
    );
    if (!checkin || !safetyConcern(instrumentVersion(checkin.instrumentVersion), answers)) return;
    const [alert]: Array<{ id: string }> = await manager.query(
      `INSERT INTO safety_alert (clinic_id, couple_id, client_id, checkin_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (checkin_id) DO NOTHING RETURNING id`,
      [checkin.clinicId, checkin.coupleId, checkin.clientId, checkinId],
    );
    if (!alert) return;
    // No partner id in the event: who answered is for the care team to read, with an audit.
    await this.live.publish({ kind: ActivityKind.SAFETY_ALERT, coupleId: checkin.coupleId });
    this.audit.record({
      action: 'safety.raise',
      entityType: 'safety_alert',
      entityId: alert.id,
      clientIds: [checkin.clientId],
    });
    if (this.environment.SMTP_URL) await this.queueEmails(alert.id, checkin.coupleId);
  }

  async forCouple(
    coupleId: string,
    includeResolved: boolean,
    { limit, offset }: PageArgs,
  ): Promise<SafetyAlertPageModel> {
    const scope = await this.policy.careTeamCouple(coupleId, 'safety.read');
    const manager = this.context.manager;
    const items: SafetyAlertModel[] = await manager.query(
      `SELECT ${SAFETY_ALERT_COLUMNS}
         FROM safety_alert a ${SAFETY_ALERT_JOINS}
        WHERE a.couple_id = $1 AND ($2 OR a.resolved_at IS NULL)
        ORDER BY a.resolved_at IS NULL DESC, a.raised_at DESC, a.id
        LIMIT $3 OFFSET $4`,
      [coupleId, includeResolved, limit, offset],
    );
    const [counts]: Array<{ total: number; open: number }> = await manager.query(
      `SELECT count(*) FILTER (WHERE $2 OR resolved_at IS NULL)::int AS total,
              count(*) FILTER (WHERE resolved_at IS NULL)::int AS open
         FROM safety_alert WHERE couple_id = $1`,
      [coupleId, includeResolved],
    );
    this.audit.record({
      action: 'safety.read',
      entityType: 'couple',
      entityId: coupleId,
      clientIds: scope.clientIds,
    });
    return { items, totalCount: counts.total, openCount: counts.open };
  }

  async resolve(id: string, resolution: string): Promise<SafetyAlertModel> {
    const scope = await this.policy.safetyAlert(id, 'safety.resolve');
    if (scope.resolved) throw conflict('This safety alert is already resolved.');
    const [updated]: [Array<{ id: string }>, number] = await this.context.manager.query(
      `UPDATE safety_alert SET resolved_at = now(), resolved_by = $2, resolution = $3
        WHERE id = $1 AND resolved_at IS NULL RETURNING id`,
      [id, this.context.requiredActor.userId, resolution],
    );
    // Another member of the care team resolved it at the same moment.
    if (!updated.length) throw conflict('This safety alert is already resolved.');
    await this.live.publish({ kind: ActivityKind.SAFETY_ALERT, coupleId: scope.coupleId });
    this.audit.record({
      action: 'safety.resolve',
      entityType: 'safety_alert',
      entityId: id,
      clientIds: scope.clientIds,
    });
    const [alert]: SafetyAlertModel[] = await this.context.manager.query(
      `SELECT ${SAFETY_ALERT_COLUMNS} FROM safety_alert a ${SAFETY_ALERT_JOINS} WHERE a.id = $1`,
      [id],
    );
    return alert;
  }

  /**
   * One email job per active counselor of the care team, queued in the submit's transaction.
   * A job's id comes from the alert and the counselor, so it is queued once whatever happens.
   */
  private async queueEmails(alertId: string, coupleId: string) {
    const recipients: Array<{ counselorId: string; jobId: string }> =
      await this.context.manager.query(
        `SELECT t.counselor_id AS "counselorId", md5($2::text || ':' || t.counselor_id::text)::uuid AS "jobId"
           FROM care_team_member t JOIN app_user u ON u.id = t.counselor_id
          WHERE t.couple_id = $1 AND u.status = 'ACTIVE'`,
        [coupleId, alertId],
      );
    for (const { counselorId, jobId } of recipients) {
      const job: SafetyEmailJob = { alertId, counselorId };
      await this.jobs.sendInTransaction(SAFETY_EMAIL_JOB, job, jobId);
    }
  }
}
