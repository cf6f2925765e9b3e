import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { OccurrenceEntity } from '../assignments/occurrence.entity';
import { sameClinicJoin } from '../database/same-clinic-join';

export enum NotificationKind {
  ASSIGNED = 'ASSIGNED',
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
  COMMENT = 'COMMENT',
}

/**
 * Something a person should know about: the outbox of reminders. A dedupe key per event
 * ("overdue for this to-do for this client") makes every producer safe to run twice, so two
 * replicas never remind twice. Carries ids, never clinical content.
 */
@Entity({ name: 'notification' })
@Index('notification_dedupe_key', ['dedupeKey'], { unique: true })
@Index('notification_recipient_created_idx', ['recipientId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'notification_pkey' })
  id: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId: string;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn(sameClinicJoin('recipient_id', 'notification_recipient_fk'))
  recipient?: UserEntity;

  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind: NotificationKind;

  @Column({ name: 'occurrence_id', type: 'uuid' })
  occurrenceId: string;

  @ManyToOne(() => OccurrenceEntity, { onDelete: 'CASCADE' })
  @JoinColumn(sameClinicJoin('occurrence_id', 'notification_occurrence_fk'))
  occurrence?: OccurrenceEntity;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 200 })
  dedupeKey: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt: Date | null;
}
