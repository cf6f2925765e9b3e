import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../context/actor';
import { OWNER_CONNECTION } from '../database/database.module';
import { sqlOn } from '../database/sql';
import { AuditOutcome } from './audit-event.entity';
import { type AuditEventJson, insertAuditEvents } from './audit.queries';

export interface AuditEntry {
  action: string;
  entityType?: string;
  entityId?: string;
  clientIds?: string[];
  outcome?: AuditOutcome;
  /** A write's record: kept only if the operation's transaction commits. */
  heldUntilCommit?: boolean;
  /** Who acted, when it is not the request's actor (sign-in, accepting an invitation). */
  actor?:
    | Pick<Actor, 'userId' | 'role' | 'clinicId'>
    | { userId: null; role: null; clinicId: string | null };
}

interface PendingEvent {
  occurredAt: Date;
  clinicId: string | null;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  clientIds: string[];
  outcome: AuditOutcome;
  requestId: string | null;
  ip: string | null;
  heldUntilCommit: boolean;
}

const PENDING = 'auditPending';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Collects the audit events of a request and writes them all in one statement when the
 * operation ends: inside its transaction when it commits (so the record and the change
 * land together), and through the owner connection when it rolls back (so denials and
 * failed sign-ins are kept). The same record read twice in a request is logged once; different
 * records, or attempts that name none, are logged each.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly cls: ClsService,
    @InjectDataSource(OWNER_CONNECTION) private readonly owner: DataSource,
  ) {}

  record(entry: AuditEntry): void {
    const actor = entry.actor ?? (this.cls.get('actor') as Actor | undefined);
    const event: PendingEvent = {
      occurredAt: new Date(),
      clinicId: actor?.clinicId ?? null,
      actorId: actor?.userId ?? null,
      actorRole: actor?.role ?? null,
      action: entry.action,
      entityType: entry.entityType ?? null,
      // The column holds ids; anything else asked for (refused as bad input) names no record.
      entityId: entry.entityId && UUID.test(entry.entityId) ? entry.entityId : null,
      clientIds: entry.clientIds ?? [],
      outcome: entry.outcome ?? AuditOutcome.ALLOWED,
      requestId: this.cls.getId() ?? null,
      ip: (this.cls.get('ip') as string | undefined) ?? null,
      heldUntilCommit: entry.heldUntilCommit ?? false,
    };
    const pending = this.pending();
    // Only the same record: events that name none (or another) are each an attempt of their own.
    const duplicate = pending.some(
      (other) =>
        event.entityId !== null &&
        other.entityId === event.entityId &&
        other.entityType === event.entityType &&
        other.action === event.action &&
        other.outcome === event.outcome &&
        other.actorId === event.actorId,
    );
    if (!duplicate) pending.push(event);
  }

  /** A refused attempt on each of `entityIds`: one record per record asked for. */
  denied(action: string, entityType: string, ...entityIds: string[]): void {
    for (const entityId of entityIds) {
      this.record({ action, entityType, entityId, outcome: AuditOutcome.DENIED });
    }
  }

  /** Writes what the transaction may hold (its own clinic's events) before it commits. */
  async flushInto(manager: EntityManager, transactionClinicId: string | undefined): Promise<void> {
    const pending = this.pending();
    const inside = pending.filter(
      (event) => event.clinicId && event.clinicId === transactionClinicId,
    );
    this.cls.set(
      PENDING,
      pending.filter((event) => !inside.includes(event)),
    );
    await this.insert(manager, inside);
  }

  /** The operation rolled back: its writes did not happen, so their records go too. */
  discardHeld(): void {
    this.cls.set(
      PENDING,
      this.pending().filter((event) => !event.heldUntilCommit),
    );
  }

  /** Writes whatever is left, on its own: after a rollback, or for another clinic. */
  async flushAside(): Promise<void> {
    const pending = this.pending();
    this.cls.set(PENDING, []);
    await this.insert(this.owner.manager, pending);
  }

  private pending(): PendingEvent[] {
    let pending = this.cls.get(PENDING) as PendingEvent[] | undefined;
    if (!pending) {
      pending = [];
      this.cls.set(PENDING, pending);
    }
    return pending;
  }

  private async insert(manager: EntityManager, events: PendingEvent[]) {
    if (events.length === 0) return;
    const rows = events.map((event): AuditEventJson => ({
      occurred_at: event.occurredAt,
      clinic_id: event.clinicId,
      actor_id: event.actorId,
      actor_role: event.actorRole,
      action: event.action,
      entity_type: event.entityType,
      entity_id: event.entityId,
      client_ids: event.clientIds,
      outcome: event.outcome,
      request_id: event.requestId,
      ip: event.ip,
    }));
    await sqlOn(manager).execute(insertAuditEvents, [JSON.stringify(rows)]);
  }
}
