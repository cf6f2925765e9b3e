import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../access/access-policy';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../context/request-context';
import { notFound } from '../graphql/errors';
import { ScorePointModel, ScoreSeriesModel, TrendsModel } from './models/checkin.models';
import { ReliabilityService } from './reliability.service';

type PointRow = ScorePointModel & { clientId: string; displayName: string; baseline: boolean };

/**
 * A couple's scores over time, set-based: one statement for every point of both partners in
 * the range plus each partner's first (baseline) scores, one for the exercise events, one for
 * the reliability — whatever the number of check-ins.
 */
@Injectable()
export class TrendsService {
  constructor(
    private readonly context: RequestContext,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly reliability: ReliabilityService,
  ) {}

  /** For the care team: both partners. */
  async ofCouple(coupleId: string, from: Date | null, to: Date | null): Promise<TrendsModel> {
    const scope = await this.policy.couple(coupleId, 'trends.read');
    this.audit.record({
      action: 'trends.read',
      entityType: 'couple',
      entityId: coupleId,
      clientIds: scope.clientIds,
    });
    return this.load(coupleId, scope.clientIds, from, to);
  }

  /** For a client: their own scores, and their partner's where the couple shares scores. */
  async mine(from: Date | null, to: Date | null): Promise<TrendsModel> {
    const clientId = this.context.requiredActor.userId;
    const [couple] = await this.context.manager.query(
      `SELECT c.id, c.share_scores AS "shareScores",
              array_agg(p.client_id) AS "clientIds"
         FROM couple_partner me JOIN couple c ON c.id = me.couple_id
         JOIN couple_partner p ON p.couple_id = c.id AND p.left_at IS NULL
        WHERE me.client_id = $1 AND me.left_at IS NULL
        GROUP BY c.id`,
      [clientId],
    );
    if (!couple) throw notFound('couple', 'You are not part of a couple in Tandem yet.');
    const visible: string[] = couple.shareScores ? couple.clientIds : [clientId];
    this.audit.record({
      action: 'trends.read',
      entityType: 'couple',
      entityId: couple.id,
      clientIds: visible,
    });
    return this.load(couple.id, visible, from, to);
  }

  private async load(
    coupleId: string,
    clientIds: string[],
    from: Date | null,
    to: Date | null,
  ): Promise<TrendsModel> {
    const manager = this.context.manager;
    const rows: PointRow[] = await manager.query(
      `WITH scored AS (
         SELECT s.checkin_id AS "checkinId", s.taken_at AS "takenAt", k.form, s.key, s.score::float AS score,
                s.client_id AS "clientId", u.display_name AS "displayName",
                row_number() OVER (PARTITION BY s.client_id, s.key ORDER BY s.taken_at, s.checkin_id) = 1 AS baseline
           FROM checkin_score s JOIN checkin k ON k.id = s.checkin_id JOIN app_user u ON u.id = s.client_id
          WHERE s.couple_id = $1 AND s.client_id = ANY($2::uuid[]))
       SELECT * FROM scored
        WHERE baseline OR (($3::timestamptz IS NULL OR "takenAt" >= $3) AND ($4::timestamptz IS NULL OR "takenAt" <= $4))
        ORDER BY "takenAt", "checkinId", key`,
      [coupleId, clientIds, from, to],
    );
    const names: Array<{ id: string; displayName: string }> = await manager.query(
      `SELECT id, display_name AS "displayName" FROM app_user WHERE id = ANY($1::uuid[]) ORDER BY display_name`,
      [clientIds],
    );
    const series = new Map<string, ScoreSeriesModel>(
      names.map((person) => [
        person.id,
        { clientId: person.id, displayName: person.displayName, points: [], baselines: [] },
      ]),
    );
    for (const { clientId, displayName: _name, baseline, ...point } of rows) {
      const target = series.get(clientId);
      if (!target) continue;
      const inRange = (!from || point.takenAt >= from) && (!to || point.takenAt <= to);
      if (baseline) target.baselines.push(point);
      if (inRange) target.points.push(point);
    }
    const events = await manager.query(
      `SELECT s.submitted_at AS at, v.title, s.client_id AS "clientId"
         FROM submission s
         JOIN assignment_occurrence o ON o.id = s.occurrence_id
         JOIN assignment a ON a.id = o.assignment_id
         JOIN exercise_version v ON v.id = a.exercise_version_id
        WHERE a.couple_id = $1 AND s.status = 'SUBMITTED'
          AND (s.client_id IS NULL OR s.client_id = ANY($2::uuid[]))
          AND ($3::timestamptz IS NULL OR s.submitted_at >= $3) AND ($4::timestamptz IS NULL OR s.submitted_at <= $4)
        ORDER BY s.submitted_at LIMIT 500`,
      [coupleId, clientIds, from, to],
    );
    return {
      coupleId,
      series: [...series.values()],
      events,
      references: await this.reliability.references(),
    };
  }
}
