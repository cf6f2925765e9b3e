import { type Answer, LIMITS } from '@tandem/shared';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { sameClinicJoin } from '../database/same-clinic-join';
import { OccurrenceEntity } from './occurrence.entity';

export enum SubmissionStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
}

/** Who besides the author and the care team may read an individual submission. */
export enum Sharing {
  PRIVATE = 'PRIVATE',
  PARTNER = 'PARTNER',
  /** Shared with the partner once the partner has submitted theirs too. */
  AFTER_BOTH = 'AFTER_BOTH',
}

/**
 * A partner's answers to one occurrence (individual exercises), or the couple's one shared
 * answer (joint exercises, no client). A draft until submitted; the idempotency key of the
 * submit makes a retried submit return the same submission.
 */
@Entity({ name: 'submission' })
@Unique('submission_id_clinic_key', ['id', 'clinicId'])
@Index('submission_individual_key', ['occurrenceId', 'clientId'], {
  unique: true,
  where: 'client_id IS NOT NULL',
})
@Index('submission_joint_key', ['occurrenceId'], { unique: true, where: 'client_id IS NULL' })
// The partial unique indexes above cannot serve joins on the occurrence alone.
@Index('submission_occurrence_idx', ['occurrenceId'])
export class SubmissionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'submission_pkey' })
  id: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId: string;

  @Column({ name: 'occurrence_id', type: 'uuid' })
  occurrenceId: string;

  @ManyToOne(() => OccurrenceEntity, { onDelete: 'CASCADE' })
  @JoinColumn(sameClinicJoin('occurrence_id', 'submission_occurrence_fk'))
  occurrence?: OccurrenceEntity;

  /** The author of an individual submission; null for a joint one. */
  @Column({ name: 'client_id', type: 'uuid', nullable: true })
  clientId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(sameClinicJoin('client_id', 'submission_client_fk'))
  client?: UserEntity;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  answers: Answer[];

  @Column({
    type: 'enum',
    enum: SubmissionStatus,
    enumName: 'submission_status',
    default: SubmissionStatus.DRAFT,
  })
  status: SubmissionStatus;

  @Column({ type: 'enum', enum: Sharing, enumName: 'submission_sharing', default: Sharing.PRIVATE })
  sharing: Sharing;

  @Column({
    name: 'idempotency_key',
    type: 'varchar',
    length: LIMITS.idempotencyKeyMaxLength,
    nullable: true,
  })
  idempotencyKey: string | null;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(sameClinicJoin('updated_by', 'submission_updated_by_fk'))
  updater?: UserEntity;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
