import { Injectable } from '@nestjs/common';
import { Role } from '@tandem/shared';
import { AuditOutcome } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../context/request-context';
import { notFound } from '../graphql/errors';

export interface CoupleScope {
  id: string;
  clientIds: string[];
}

/**
 * The one place that decides which records an actor may reach, on top of the role check of
 * the guard and the clinic wall of row-level security:
 * - an admin reaches every record of their clinic;
 * - a counselor reaches the couples on their care team and those couples' clients;
 * - a client reaches themselves and their own couple.
 * A record out of reach answers exactly like a missing one (NOT_FOUND), and is audited as denied.
 */
@Injectable()
export class AccessPolicy {
  constructor(
    private readonly context: RequestContext,
    private readonly audit: AuditService,
  ) {}

  /** A couple the actor may see, with its partners' ids, or NOT_FOUND. */
  async couple(coupleId: string, action = 'couple.read'): Promise<CoupleScope> {
    const actor = this.context.requiredActor;
    const [row] = await this.context.manager.query(
      `SELECT c.id,
              coalesce((SELECT array_agg(p.client_id ORDER BY p.client_id) FROM couple_partner p
                         WHERE p.couple_id = c.id), '{}') AS "clientIds"
         FROM couple c
        WHERE c.id = $1
          AND ($2 = 'ADMIN'
               OR ($2 = 'COUNSELOR' AND EXISTS (
                     SELECT 1 FROM care_team_member t WHERE t.couple_id = c.id AND t.counselor_id = $3))
               OR ($2 = 'CLIENT' AND EXISTS (
                     SELECT 1 FROM couple_partner p
                      WHERE p.couple_id = c.id AND p.client_id = $3 AND p.left_at IS NULL)))`,
      [coupleId, actor.role, actor.userId],
    );
    if (!row) throw this.deny(action, 'couple', coupleId);
    return row;
  }

  /** An account of the admin's clinic, or NOT_FOUND. */
  async account(userId: string, action: string): Promise<{ id: string; role: Role }> {
    const actor = this.context.requiredActor;
    const [row] =
      actor.role === Role.ADMIN
        ? await this.context.manager.query('SELECT id, role FROM app_user WHERE id = $1', [userId])
        : [];
    if (!row) throw this.deny(action, 'account', userId);
    return row;
  }

  private deny(action: string, entityType: string, entityId: string) {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(entityId);
    this.audit.record({
      action,
      entityType,
      entityId: uuid ? entityId : undefined,
      outcome: AuditOutcome.DENIED,
    });
    return notFound(entityType);
  }
}
