import { LIMITS, Role } from '@tandem/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { ClinicEntity } from '../clinics/clinic.entity';

/** Keys match values: GraphQL exposes the keys as the enum's names. */
export enum UserStatus {
  ACTIVE = 'ACTIVE',
  DEACTIVATED = 'DEACTIVATED',
}

/** Anyone who signs in: admin, counselor or client. Emails are unique across clinics. */
@Entity({ name: 'app_user' })
@Unique('app_user_id_clinic_key', ['id', 'clinicId'])
@Index('app_user_email_key', ['email'], { unique: true })
@Index('app_user_clinic_role_idx', ['clinicId', 'role'])
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'app_user_pkey' })
  id: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId: string;

  @ManyToOne(() => ClinicEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'clinic_id', foreignKeyConstraintName: 'app_user_clinic_fk' })
  clinic?: ClinicEntity;

  /** Stored lower-cased, so the unique index is case-insensitive. */
  @Column({ type: 'varchar', length: LIMITS.emailMaxLength })
  email: string;

  @Column({ name: 'display_name', type: 'varchar', length: LIMITS.displayNameMaxLength })
  displayName: string;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role: Role;

  @Column({ type: 'enum', enum: UserStatus, enumName: 'user_status', default: UserStatus.ACTIVE })
  status: UserStatus;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
