import { LIMITS, Role } from '@tandem/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ClinicEntity } from '../clinics/clinic.entity';
import { UserEntity } from './user.entity';
import { sameClinicJoin } from '../database/same-clinic-join';

/**
 * A single-use link that lets someone set their password and join a clinic. Only a SHA-256
 * of the token is kept; resending replaces the token.
 */
@Entity({ name: 'invitation' })
@Index('invitation_token_hash_key', ['tokenHash'], { unique: true })
@Index('invitation_clinic_created_idx', ['clinicId', 'createdAt'])
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'invitation_pkey' })
  id: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId: string;

  @ManyToOne(() => ClinicEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'clinic_id', foreignKeyConstraintName: 'invitation_clinic_fk' })
  clinic?: ClinicEntity;

  @Column({ type: 'varchar', length: LIMITS.emailMaxLength })
  email: string;

  @Column({ name: 'display_name', type: 'varchar', length: LIMITS.displayNameMaxLength })
  displayName: string;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role: Role;

  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash: Buffer;

  @Column({ name: 'invited_by', type: 'uuid' })
  invitedBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(sameClinicJoin('invited_by', 'invitation_invited_by_fk'))
  inviter?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
