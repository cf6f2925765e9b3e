import { Injectable } from '@nestjs/common';
import { escapeLike } from '../common/escape-like';
import { PageArgs } from '../common/page.args';
import { RequestContext } from '../context/request-context';
import { AuditFilterInput } from './dto/audit-filter.input';
import { AuditEventPageModel } from './models/audit-event.model';

@Injectable()
export class AuditQueryService {
  constructor(private readonly context: RequestContext) {}

  /** Newest first. Row-level security keeps it to the admin's clinic. */
  async search(
    filter: AuditFilterInput,
    { limit, offset }: PageArgs,
  ): Promise<AuditEventPageModel> {
    const conditions: string[] = [];
    const values: unknown[] = [];
    const where = (sql: string, value: unknown) => {
      values.push(value);
      conditions.push(sql.replaceAll('?', `$${values.length}`));
    };
    if (filter.actorId) where('e.actor_id = ?', filter.actorId);
    if (filter.entityId) where('e.entity_id = ?', filter.entityId);
    if (filter.action) where("e.action LIKE ? || '%'", escapeLike(filter.action));
    if (filter.from) where('e.occurred_at >= ?', filter.from);
    if (filter.to) where('e.occurred_at < ?', filter.to);
    const whereSql = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const manager = this.context.manager;
    const items = await manager.query(
      `SELECT e.id, e.occurred_at AS "occurredAt", e.actor_id AS "actorId", u.display_name AS "actorName",
              e.actor_role AS "actorRole", e.action, e.entity_type AS "entityType", e.entity_id AS "entityId",
              e.client_ids AS "clientIds", e.outcome, e.request_id AS "requestId", host(e.ip) AS ip
         FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_id
         ${whereSql}
        ORDER BY e.occurred_at DESC, e.id
        LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
      [...values, limit, offset],
    );
    const [{ total }] = await manager.query(
      `SELECT count(*)::int AS total FROM audit_event e ${whereSql}`,
      values,
    );
    return { items, totalCount: total };
  }
}
