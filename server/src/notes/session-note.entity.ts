import { LIMITS } from '@tandem/shared';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { CoupleEntity } from '../couples/couple.entity';
import { sameClinicJoin } from '../database/same-clinic-join';

/**
 * A counselor's session note on a couple, for the care team alone. Its content lives in
 * versions (every edit adds one); `currentVersion` is the one shown. A note is never deleted:
 * it can only be retracted, with a reason, and stays readable to the care team as retracted.
 */
@Entity({ name: 'session_note' })
@Unique('session_note_id_clinic_key', ['id', 'clinicId'])
@Index('session_note_couple_idx', ['coupleId'])
@Check(
  'session_note_retraction_reason_check',
  '(retracted_at IS NULL) = (retraction_reason IS NULL) AND (retracted_at IS NULL) = (retracted_by IS NULL)',
)
export class SessionNoteEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'session_note_pkey' })
  id: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId: string;

  @Column({ name: 'couple_id', type: 'uuid' })
  coupleId: string;

  @ManyToOne(() => CoupleEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(sameClinicJoin('couple_id', 'session_note_couple_fk'))
  couple?: CoupleEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(sameClinicJoin('author_id', 'session_note_author_fk'))
  author?: UserEntity;

  @Column({ name: 'current_version', type: 'integer' })
  currentVersion: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'retracted_at', type: 'timestamptz', nullable: true })
  retractedAt: Date | null;

  @Column({ name: 'retracted_by', type: 'uuid', nullable: true })
  retractedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(sameClinicJoin('retracted_by', 'session_note_retracted_by_fk'))
  retracter?: UserEntity;

  @Column({
    name: 'retraction_reason',
    type: 'varchar',
    length: LIMITS.noteRetractionReasonMaxLength,
    nullable: true,
  })
  retractionReason: string | null;
}
