import { Injectable } from '@nestjs/common';
import { escapeLike } from '../common/escape-like';
import { PageArgs } from '../common/page.args';
import { SqlFilter } from '../common/sql-filter';
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
    const filterSql = new SqlFilter();
    if (filter.actorId) filterSql.add('e.actor_id = ?', filter.actorId);
    if (filter.entityId) filterSql.add('e.entity_id = ?', filter.entityId);
    if (filter.action) filterSql.add("e.action LIKE ? || '%'", escapeLike(filter.action));
    if (filter.from) filterSql.add('e.occurred_at >= ?', filter.from);
    if (filter.to) filterSql.add('e.occurred_at < ?', filter.to);
    const page = filterSql.page(limit, offset);
    const manager = this.context.manager;
    const items = await manager.query(
      `SELECT e.id, e.occurred_at AS "occurredAt", e.actor_id AS "actorId", u.display_name AS "actorName",
              e.actor_role AS "actorRole", e.action, e.entity_type AS "entityType", e.entity_id AS "entityId",
              e.client_ids AS "clientIds", e.outcome, e.request_id AS "requestId", host(e.ip) AS ip
         FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_id
         ${filterSql.where}
        ORDER BY e.occurred_at DESC, e.id
        ${page.sql}`,
      page.values,
    );
    const [{ total }] = await manager.query(
      `SELECT count(*)::int AS total FROM audit_event e ${filterSql.where}`,
      filterSql.values,
    );
    return { items, totalCount: total };
  }
}
