import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../access/access-policy';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../context/request-context';
import { notFound } from '../graphql/errors';
import { ScorePointModel, ScoreSeriesModel, TrendsModel } from './models/checkin.models';
import { ReliabilityService } from './reliability.service';
import { TREND_EVENTS, TREND_PEOPLE, TREND_POINTS } from './trends-sql';

type PointRow = ScorePointModel & { clientId: string; baseline: boolean };

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
    const rows: PointRow[] = await manager.query(TREND_POINTS, [coupleId, clientIds, from, to]);
    const names: Array<{ id: string; displayName: string }> = await manager.query(TREND_PEOPLE, [
      clientIds,
    ]);
    const series = new Map<string, ScoreSeriesModel>(
      names.map((person) => [
        person.id,
        { clientId: person.id, displayName: person.displayName, points: [], baselines: [] },
      ]),
    );
    for (const { clientId, baseline, ...point } of rows) {
      const target = series.get(clientId);
      if (!target) continue;
      const inRange = (!from || point.takenAt >= from) && (!to || point.takenAt <= to);
      if (baseline) target.baselines.push(point);
      if (inRange) target.points.push(point);
    }
    const events = await manager.query(TREND_EVENTS, [coupleId, clientIds, from, to]);
    return {
      coupleId,
      series: [...series.values()],
      events,
      references: await this.reliability.references(),
    };
  }
}
