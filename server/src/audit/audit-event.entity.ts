import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Keys match values: GraphQL exposes the keys as the enum's names. */
export enum AuditOutcome {
  ALLOWED = 'ALLOWED',
  DENIED = 'DENIED',
}

/**
 * Who did what to which record, when and from where: ids and names of actions only, never
 * clinical content. Append-only: the application role may insert and read, nothing else,
 * and a trigger refuses updates and deletes from anyone.
 */
@Entity({ name: 'audit_event' })
@Index('audit_event_clinic_time_idx', ['clinicId', 'occurredAt'])
@Index('audit_event_clinic_actor_time_idx', ['clinicId', 'actorId', 'occurredAt'])
@Index('audit_event_clinic_entity_time_idx', ['clinicId', 'entityId', 'occurredAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'audit_event_pkey' })
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  occurredAt: Date;

  /** Null only for a failed sign-in with an email no clinic knows. */
  @Column({ name: 'clinic_id', type: 'uuid', nullable: true })
  clinicId: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_role', type: 'varchar', length: 20, nullable: true })
  actorRole: string | null;

  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 40, nullable: true })
  entityType: string | null;

  @Column({ name: 'entity_id', type: 'uuid', nullable: true })
  entityId: string | null;

  /** The clients whose data the action touched. */
  @Column({ name: 'client_ids', type: 'uuid', array: true, default: () => "'{}'" })
  clientIds: string[];

  @Column({ type: 'enum', enum: AuditOutcome, enumName: 'audit_outcome' })
  outcome: AuditOutcome;

  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  @Column({ type: 'inet', nullable: true })
  ip: string | null;
}
