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

export enum CoupleStatus {
  Active = 'ACTIVE',
  Discharged = 'DISCHARGED',
}

/** What a partner may tell the counselor without the other knowing (recorded with both). */
export enum ConfidentialityPolicy {
  NoSecrets = 'NO_SECRETS',
  LimitedSecrets = 'LIMITED_SECRETS',
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
    default: CoupleStatus.Active,
  })
  status: CoupleStatus;

  @Column({
    name: 'confidentiality_policy',
    type: 'enum',
    enum: ConfidentialityPolicy,
    enumName: 'confidentiality_policy',
    default: ConfidentialityPolicy.NoSecrets,
  })
  confidentialityPolicy: ConfidentialityPolicy;

  @Column({ name: 'in_care_since', type: 'timestamptz' })
  inCareSince: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn()
  version: number;
}
