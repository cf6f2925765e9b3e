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
import { sameClinicJoin } from '../database/same-clinic-join';

/**
 * A staff member's TOTP authenticator (RFC 6238), one per account. Pending until a first valid
 * code confirms it (`confirmed_at`). The secret is handed out only while pending, never again.
 * `last_used_step` is the 30-second time step of the last code accepted: a code is accepted
 * only for a later step, so each code works once.
 */
@Entity({ name: 'staff_totp' })
@Index('staff_totp_user_key', ['userId'], { unique: true })
export class StaffTotpEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'staff_totp_pkey' })
  id: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn(sameClinicJoin('user_id', 'staff_totp_user_fk'))
  user?: UserEntity;

  /** Base32, as authenticator apps read it. */
  @Column({ name: 'secret', type: 'text' })
  secret: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ name: 'last_used_step', type: 'bigint', nullable: true })
  lastUsedStep: string | null;
}

/** A one-use recovery code: only a SHA-256 of the code (80 random bits) is kept. */
@Entity({ name: 'recovery_code' })
@Index('recovery_code_hash_key', ['codeHash'], { unique: true })
@Index('recovery_code_user_idx', ['userId'])
export class RecoveryCodeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'recovery_code_pkey' })
  id: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn(sameClinicJoin('user_id', 'recovery_code_user_fk'))
  user?: UserEntity;

  @Column({ name: 'code_hash', type: 'bytea' })
  codeHash: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}

/**
 * A sign-in whose password was right, waiting for its second factor: five minutes, one use.
 * Its token travels in a cookie of its own, which no part of the API but the second step
 * reads, so it reaches no data. Only a SHA-256 of the token is kept.
 */
@Entity({ name: 'pending_login' })
@Index('pending_login_token_hash_key', ['tokenHash'], { unique: true })
@Index('pending_login_user_idx', ['userId'])
export class PendingLoginEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pending_login_pkey' })
  id: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn(sameClinicJoin('user_id', 'pending_login_user_fk'))
  user?: UserEntity;

  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
