import { type ItemAnswer, LIMITS } from '@tandem/shared';
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
import { CoupleEntity } from '../couples/couple.entity';
import { sameClinicJoin } from '../database/same-clinic-join';
import { CheckinFormKind, CheckinScheduleEntity } from './checkin-schedule.entity';

/**
 * One partner's check-in for one due date: a to-do, then a draft, then submitted answers
 * (item values, private to the partner and the care team). Scores go to checkin_score.
 */
@Entity({ name: 'checkin' })
@Unique('checkin_id_clinic_key', ['id', 'clinicId'])
@Index('checkin_client_due_idx', ['clientId', 'dueAt'])
@Index('checkin_couple_due_idx', ['coupleId', 'dueAt'])
/** The newest full responses, for the clinic's reliability estimate. */
@Index('checkin_full_submitted_idx', ['submittedAt'], {
  where: `form = 'FULL' AND submitted_at IS NOT NULL`,
})
export class CheckinEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'checkin_pkey' })
  id: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId: string;

  @Column({ name: 'schedule_id', type: 'uuid' })
  scheduleId: string;

  @ManyToOne(() => CheckinScheduleEntity, { onDelete: 'CASCADE' })
  @JoinColumn(sameClinicJoin('schedule_id', 'checkin_schedule_fk'))
  schedule?: CheckinScheduleEntity;

  @Column({ name: 'couple_id', type: 'uuid' })
  coupleId: string;

  @ManyToOne(() => CoupleEntity, { onDelete: 'CASCADE' })
  @JoinColumn(sameClinicJoin('couple_id', 'checkin_couple_fk'))
  couple?: CoupleEntity;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(sameClinicJoin('client_id', 'checkin_client_fk'))
  client?: UserEntity;

  @Column({ type: 'enum', enum: CheckinFormKind, enumName: 'checkin_form' })
  form: CheckinFormKind;

  @Column({ name: 'instrument_version', type: 'smallint' })
  instrumentVersion: number;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  answers: ItemAnswer[];

  @Column({ name: 'updated_at', type: 'timestamptz', nullable: true })
  updatedAt: Date | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({
    name: 'idempotency_key',
    type: 'varchar',
    length: LIMITS.idempotencyKeyMaxLength,
    nullable: true,
  })
  idempotencyKey: string | null;

  /** The same answer to every scored item of its form: shown to the counselor, never read as risk. */
  @Column({ name: 'straight_lined', type: 'boolean', default: false })
  straightLined: boolean;

  /** Set when the schedule is cancelled before this was taken. */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
