import { LIMITS } from '@tandem/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  VersionColumn,
} from 'typeorm';
import { ClinicEntity } from '../clinics/clinic.entity';

/** Keys match values: GraphQL exposes the keys as the enum's names. */
export enum CoupleStatus {
  ACTIVE = 'ACTIVE',
  DISCHARGED = 'DISCHARGED',
}

/** What a partner may tell the counselor without the other knowing (recorded with both). */
export enum ConfidentialityPolicy {
  NO_SECRETS = 'NO_SECRETS',
  LIMITED_SECRETS = 'LIMITED_SECRETS',
}

@Entity({ name: 'couple' })
@Unique('couple_id_clinic_key', ['id', 'clinicId'])
@Index('couple_clinic_status_idx', ['clinicId', 'status'])
export class CoupleEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'couple_pkey' })
  id: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId: string;

  @ManyToOne(() => ClinicEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'clinic_id', foreignKeyConstraintName: 'couple_clinic_fk' })
  clinic?: ClinicEntity;

  @Column({ type: 'varchar', length: LIMITS.coupleNameMaxLength })
  name: string;

  @Column({
    type: 'enum',
    enum: CoupleStatus,
    enumName: 'couple_status',
    default: CoupleStatus.ACTIVE,
  })
  status: CoupleStatus;

  @Column({
    name: 'confidentiality_policy',
    type: 'enum',
    enum: ConfidentialityPolicy,
    enumName: 'confidentiality_policy',
    default: ConfidentialityPolicy.NO_SECRETS,
  })
  confidentialityPolicy: ConfidentialityPolicy;

  @Column({ name: 'in_care_since', type: 'timestamptz' })
  inCareSince: Date;

  /** Whether each partner may see the other's check-in scores (the counselor decides). */
  @Column({ name: 'share_scores', type: 'boolean', default: false })
  shareScores: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn()
  version: number;
}
