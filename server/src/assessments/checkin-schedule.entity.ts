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

/** Keys match values: GraphQL exposes the keys as the enum's names. */
export enum CheckinFormKind {
  FULL = 'FULL',
  PULSE = 'PULSE',
}

/** A couple's check-ins every N weeks between two dates; each date is a to-do per partner. */
@Entity({ name: 'checkin_schedule' })
@Unique('checkin_schedule_id_clinic_key', ['id', 'clinicId'])
@Index('checkin_schedule_couple_idx', ['coupleId', 'createdAt'])
export class CheckinScheduleEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'checkin_schedule_pkey' })
  id: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId: string;

  @Column({ name: 'couple_id', type: 'uuid' })
  coupleId: string;

  @ManyToOne(() => CoupleEntity, { onDelete: 'CASCADE' })
  @JoinColumn(sameClinicJoin('couple_id', 'checkin_schedule_couple_fk'))
  couple?: CoupleEntity;

  @Column({ type: 'enum', enum: CheckinFormKind, enumName: 'checkin_form' })
  form: CheckinFormKind;

  @Column({ name: 'every_weeks', type: 'smallint' })
  everyWeeks: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(sameClinicJoin('created_by', 'checkin_schedule_created_by_fk'))
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;
}
