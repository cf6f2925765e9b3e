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
 * A single-use password reset link, valid for an hour. Only a SHA-256 of the token is kept.
 * A link ends when used, when a newer one is made for the account, or when its password
 * changes (`revoked_at`).
 */
@Entity({ name: 'password_reset' })
@Index('password_reset_token_hash_key', ['tokenHash'], { unique: true })
@Index('password_reset_user_idx', ['userId'])
export class PasswordResetEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'password_reset_pkey' })
  id: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn(sameClinicJoin('user_id', 'password_reset_user_fk'))
  user?: UserEntity;

  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash: Buffer;

  /** The admin who issued the link; null when the person asked for it themselves. */
  @Column({ name: 'issued_by', type: 'uuid', nullable: true })
  issuedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(sameClinicJoin('issued_by', 'password_reset_issued_by_fk'))
  issuer?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
