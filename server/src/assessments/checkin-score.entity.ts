import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { sameClinicJoin } from '../database/same-clinic-join';
import { CheckinFormKind } from './checkin-schedule.entity';
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
 * One score of one submitted check-in, one row per form it was scored on and key, so trends
 * and the caseload are set-based queries over (couple, client, time). A full check-in is scored
 * twice: on all its items (FULL) and on its pulse items only (PULSE), so a pulse series has a
 * baseline. Denormalised couple, client, time and instrument version for those queries.
 */
@Entity({ name: 'checkin_score' })
@Index('checkin_score_couple_client_time_idx', ['coupleId', 'clientId', 'takenAt'])
// Partial, because under row-level security an enum comparison is not leakproof and so never
// becomes an index condition: the key and form go in the predicate instead, and couple, client
// and time (leakproof comparisons) bound the scan. The caseload's and outcomes' landmarks read these.
@Index('checkin_score_full_index_idx', ['coupleId', 'clientId', 'takenAt'], {
  where: `key = 'INDEX' AND form = 'FULL'`,
})
@Index('checkin_score_pulse_index_idx', ['coupleId', 'clientId', 'takenAt'], {
  where: `key = 'INDEX' AND form = 'PULSE'`,
})
@Index('checkin_score_full_risk_idx', ['coupleId', 'clientId', 'takenAt'], {
  where: `key = 'CODEPENDENCE_RISK' AND form = 'FULL'`,
})
export class CheckinScoreEntity {
  @PrimaryColumn({
    name: 'checkin_id',
    type: 'uuid',
    primaryKeyConstraintName: 'checkin_score_pkey',
  })
  checkinId: string;

  /** Which items the score was computed from. */
  @PrimaryColumn({
    type: 'enum',
    enum: CheckinFormKind,
    enumName: 'checkin_form',
    primaryKeyConstraintName: 'checkin_score_pkey',
  })
  form: CheckinFormKind;

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

  @Column({ name: 'instrument_version', type: 'smallint' })
  instrumentVersion: number;

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
