import { Injectable } from '@nestjs/common';
import { escapeLike } from '../common/escape-like';
import { PageArgs } from '../common/page.args';
import { Sql } from '../database/sql';
import { auditEventCount, auditEventPage } from './audit.queries';
import { AuditFilterInput } from './dto/audit-filter.input';
import { AuditEventPageModel } from './models/audit-event.model';

@Injectable()
export class AuditQueryService {
  constructor(private readonly sql: Sql) {}

  /** Newest first. Row-level security keeps it to the admin's clinic. */
  async search(
    filter: AuditFilterInput,
    { limit, offset }: PageArgs,
  ): Promise<AuditEventPageModel> {
    const params = [
      filter.actorId ?? null,
      filter.entityId ?? null,
      filter.action ? escapeLike(filter.action) : null,
      filter.from ?? null,
      filter.to ?? null,
    ] as const;
    const items = await this.sql.rows(auditEventPage, [...params, limit, offset]);
    const { total } = await this.sql.one(auditEventCount, [...params]);
    return { items, totalCount: total };
  }
}
