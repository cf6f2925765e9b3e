import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { sameClinicJoin } from '../database/same-clinic-join';
import { CoupleEntity } from './couple.entity';

/**
 * One stretch of a couple's care: from entering care (or being reopened) to discharge.
 * Baselines and change are measured within an episode, so a reopened couple starts afresh.
 * Written only by triggers on `couple` (see the measurement-episodes migration).
 */
@Entity({ name: 'care_episode' })
@Unique('care_episode_id_clinic_key', ['id', 'clinicId'])
@Unique('care_episode_couple_number_key', ['coupleId', 'number'])
@Index('care_episode_one_open_key', ['coupleId'], { unique: true, where: 'ended_at IS NULL' })
@Check('care_episode_dates_check', 'ended_at IS NULL OR ended_at >= started_at')
export class CareEpisodeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'care_episode_pkey' })
  id: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId: string;

  @Column({ name: 'couple_id', type: 'uuid' })
  coupleId: string;

  @ManyToOne(() => CoupleEntity, { onDelete: 'CASCADE' })
  @JoinColumn(sameClinicJoin('couple_id', 'care_episode_couple_fk'))
  couple?: CoupleEntity;

  /** 1 for the first episode, then one more each time the couple is reopened. */
  @Column({ type: 'integer' })
  number: number;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;
}
