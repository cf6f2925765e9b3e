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
} from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { CoupleEntity } from '../couples/couple.entity';
import { sameClinicJoin } from '../database/same-clinic-join';
import { ExerciseVersionEntity } from '../exercises/exercise-version.entity';

export enum Recurrence {
  NONE = 'NONE',
  WEEKLY = 'WEEKLY',
  EVERY_TWO_WEEKS = 'EVERY_TWO_WEEKS',
}

/**
 * An exercise version given to a couple (both partners, or one). Each due date is an
 * occurrence: its own to-do.
 */
@Entity({ name: 'assignment' })
@Unique('assignment_id_clinic_key', ['id', 'clinicId'])
@Index('assignment_couple_created_idx', ['coupleId', 'createdAt'])
export class AssignmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'assignment_pkey' })
  id: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId: string;

  @Column({ name: 'couple_id', type: 'uuid' })
  coupleId: string;

  @ManyToOne(() => CoupleEntity, { onDelete: 'CASCADE' })
  @JoinColumn(sameClinicJoin('couple_id', 'assignment_couple_fk'))
  couple?: CoupleEntity;

  /** Built-in versions have no clinic, so this key cannot include one; RLS guards the read. */
  @Column({ name: 'exercise_version_id', type: 'uuid' })
  exerciseVersionId: string;

  @ManyToOne(() => ExerciseVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'exercise_version_id',
    foreignKeyConstraintName: 'assignment_exercise_version_fk',
  })
  exerciseVersion?: ExerciseVersionEntity;

  /** The one partner it is for; null when it is for both. */
  @Column({ name: 'client_id', type: 'uuid', nullable: true })
  clientId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(sameClinicJoin('client_id', 'assignment_client_fk'))
  client?: UserEntity;

  @Column({ name: 'assigned_by', type: 'uuid' })
  assignedBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(sameClinicJoin('assigned_by', 'assignment_assigned_by_fk'))
  assigner?: UserEntity;

  @Column({ type: 'varchar', length: LIMITS.assignmentNoteMaxLength, nullable: true })
  note: string | null;

  @Column({ type: 'enum', enum: Recurrence, enumName: 'recurrence', default: Recurrence.NONE })
  recurrence: Recurrence;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;
}
