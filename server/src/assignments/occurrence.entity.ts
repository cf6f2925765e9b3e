import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { sameClinicJoin } from '../database/same-clinic-join';
import { AssignmentEntity } from './assignment.entity';

/** One due date of an assignment: a to-do for each partner it is for. */
@Entity({ name: 'assignment_occurrence' })
@Unique('assignment_occurrence_id_clinic_key', ['id', 'clinicId'])
@Index('assignment_occurrence_sequence_key', ['assignmentId', 'sequence'], { unique: true })
@Index('assignment_occurrence_open_due_idx', ['dueAt'], { where: 'closed_at IS NULL' })
export class OccurrenceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'assignment_occurrence_pkey' })
  id: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId: string;

  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId: string;

  @ManyToOne(() => AssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn(sameClinicJoin('assignment_id', 'assignment_occurrence_assignment_fk'))
  assignment?: AssignmentEntity;

  /** 1 for the first due date, 2 for the next, and so on. */
  @Column({ type: 'integer' })
  sequence: number;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  /** Set when the assignment is cancelled: no more answers are taken. */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
