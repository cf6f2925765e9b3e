import { leftJoinAccount } from '../accounts/accounts.queries';
import { pg, statement } from '../database/sql';
import type { AuditOutcome } from './audit-event.entity';

/**
 * The log's filters, each off when its parameter is null: actor $1, record $2, an action or its
 * prefix $3 (LIKE-escaped), from $4 (inclusive) to $5 (exclusive).
 */
const AUDIT_FILTER = `WHERE ($1::uuid IS NULL OR e.actor_id = $1)
    AND ($2::uuid IS NULL OR e.entity_id = $2)
    AND ($3::text IS NULL OR e.action LIKE $3 || '%')
    AND ($4::timestamptz IS NULL OR e.occurred_at >= $4)
    AND ($5::timestamptz IS NULL OR e.occurred_at < $5)`;
const FILTER_PARAMS = [
  pg.uuid.orNull,
  pg.uuid.orNull,
  pg.text.orNull,
  pg.timestamptz.orNull,
  pg.timestamptz.orNull,
] as const;

/** Newest first, with the actor's name as it is now. */
export const auditEventPage = statement({
  name: 'audit.page',
  text: `SELECT e.id, e.occurred_at AS "occurredAt", e.actor_id AS "actorId", u.display_name AS "actorName",
                e.actor_role AS "actorRole", e.action, e.entity_type AS "entityType", e.entity_id AS "entityId",
                e.client_ids AS "clientIds", e.outcome, e.request_id AS "requestId", host(e.ip) AS ip
           FROM audit_event e ${leftJoinAccount('u', 'e.actor_id')}
           ${AUDIT_FILTER}
          ORDER BY e.occurred_at DESC, e.id
          LIMIT $6::int OFFSET $7::int`,
  params: [...FILTER_PARAMS, pg.int4, pg.int4],
  row: {
    id: pg.uuid,
    occurredAt: pg.timestamptz,
    actorId: pg.uuid.orNull,
    actorName: pg.varchar.orNull,
    actorRole: pg.varchar.orNull,
    action: pg.varchar,
    entityType: pg.varchar.orNull,
    entityId: pg.uuid.orNull,
    clientIds: pg.uuidArray,
    outcome: pg.enum<AuditOutcome>('audit_outcome'),
    requestId: pg.varchar.orNull,
    ip: pg.text.orNull,
  },
});

export const auditEventCount = statement({
  name: 'audit.count',
  text: `SELECT count(*)::int AS total FROM audit_event e ${AUDIT_FILTER}`,
  params: FILTER_PARAMS,
  row: { total: pg.int4 },
});

/** One event as the service writes it: the JSON its records are sent as. */
export interface AuditEventJson {
  occurred_at: Date;
  clinic_id: string | null;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  client_ids: string[];
  outcome: AuditOutcome;
  request_id: string | null;
  ip: string | null;
}

/** Writes the events of $1, a JSON array of `AuditEventJson`, in one statement. */
export const insertAuditEvents = statement({
  name: 'audit.insert',
  text: `INSERT INTO audit_event (occurred_at, clinic_id, actor_id, actor_role, action, entity_type,
                                  entity_id, client_ids, outcome, request_id, ip)
         SELECT occurred_at, clinic_id, actor_id, actor_role, action, entity_type,
                entity_id, client_ids, outcome, request_id, ip
           FROM jsonb_to_recordset($1::text::jsonb) AS event(
                  occurred_at timestamptz, clinic_id uuid, actor_id uuid, actor_role varchar,
                  action varchar, entity_type varchar, entity_id uuid, client_ids uuid[],
                  outcome audit_outcome, request_id varchar, ip inet)`,
  params: [pg.text],
});
