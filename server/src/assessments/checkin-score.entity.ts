import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { sameClinicJoin } from '../database/same-clinic-join';
import { CheckinEntity } from './checkin.entity';

/** What a score is of; keys match values. INDEX is the interdependence index. */
export enum ScoreKeyName {
  COMMUNICATION = 'COMMUNICATION',
  EQUALITY = 'EQUALITY',
  GROWTH = 'GROWTH',
  COMMITMENT = 'COMMITMENT',
  PERSONAL_SPACE = 'PERSONAL_SPACE',
  CODEPENDENCE_RISK = 'CODEPENDENCE_RISK',
  INDEX = 'INDEX',
}

/**
 * One score of one submitted check-in, one row per key, so trends and the caseload are
 * set-based queries over (couple, key, time). Denormalised couple, client and time for that.
 */
@Entity({ name: 'checkin_score' })
@Index('checkin_score_couple_key_time_idx', ['coupleId', 'key', 'takenAt'])
@Index('checkin_score_client_key_time_idx', ['clientId', 'key', 'takenAt'])
// Partial, because under row-level security an enum comparison is not leakproof and so never
// reaches an index condition: the caseload's first and latest scores need these two.
@Index('checkin_score_index_client_time_idx', ['clientId', 'takenAt'], { where: `key = 'INDEX'` })
@Index('checkin_score_risk_client_time_idx', ['clientId', 'takenAt'], {
  where: `key = 'CODEPENDENCE_RISK'`,
})
export class CheckinScoreEntity {
  @PrimaryColumn({
    name: 'checkin_id',
    type: 'uuid',
    primaryKeyConstraintName: 'checkin_score_pkey',
  })
  checkinId: string;

  @PrimaryColumn({
    type: 'enum',
    enum: ScoreKeyName,
    enumName: 'score_key',
    primaryKeyConstraintName: 'checkin_score_pkey',
  })
  key: ScoreKeyName;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId: string;

  @ManyToOne(() => CheckinEntity, { onDelete: 'CASCADE' })
  @JoinColumn(sameClinicJoin('checkin_id', 'checkin_score_checkin_fk'))
  checkin?: CheckinEntity;

  @Column({ name: 'couple_id', type: 'uuid' })
  coupleId: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({
    type: 'numeric',
    precision: 4,
    scale: 1,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  score: number;

  @Column({ name: 'taken_at', type: 'timestamptz' })
  takenAt: Date;
}
