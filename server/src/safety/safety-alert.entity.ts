import { LIMITS } from '@tandem/shared';
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
import { UserEntity } from '../accounts/user.entity';
import { CheckinEntity } from '../assessments/checkin.entity';
import { CoupleEntity } from '../couples/couple.entity';
import { sameClinicJoin } from '../database/same-clinic-join';

/**
 * A check-in whose safety answers raise concern (fear of, control by or harm from the
 * partner): open until a counselor of the care team resolves it after an individual safety
 * check. For the care team alone; the partner learns of it by no path. Kept for the record:
 * nobody may delete an alert or change one once resolved (grants and a trigger).
 */
@Entity({ name: 'safety_alert' })
@Unique('safety_alert_checkin_key', ['checkinId'])
@Index('safety_alert_open_couple_idx', ['coupleId', 'raisedAt'], {
  where: 'resolved_at IS NULL',
})
@Check(
  'safety_alert_resolution_check',
  '(resolved_at IS NULL) = (resolution IS NULL) AND (resolved_at IS NULL) = (resolved_by IS NULL)',
)
export class SafetyAlertEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'safety_alert_pkey' })
  id: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId: string;

  @Column({ name: 'couple_id', type: 'uuid' })
  coupleId: string;

  @ManyToOne(() => CoupleEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(sameClinicJoin('couple_id', 'safety_alert_couple_fk'))
  couple?: CoupleEntity;

  /** The partner whose answers raised it. */
  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(sameClinicJoin('client_id', 'safety_alert_client_fk'))
  client?: UserEntity;

  @Column({ name: 'checkin_id', type: 'uuid' })
  checkinId: string;

  @ManyToOne(() => CheckinEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(sameClinicJoin('checkin_id', 'safety_alert_checkin_fk'))
  checkin?: CheckinEntity;

  @Column({ name: 'raised_at', type: 'timestamptz', default: () => 'now()' })
  raisedAt: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(sameClinicJoin('resolved_by', 'safety_alert_resolved_by_fk'))
  resolver?: UserEntity;

  /** What the counselor recorded of the individual safety check. */
  @Column({
    type: 'varchar',
    length: LIMITS.safetyResolutionMaxLength,
    nullable: true,
  })
  resolution: string | null;
}
