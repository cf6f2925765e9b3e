import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { CoupleEntity } from './couple.entity';
import { sameClinicJoin } from '../database/same-clinic-join';

/** A counselor on a couple's care team; exactly one member is primary. */
@Entity({ name: 'care_team_member' })
@Index('care_team_member_one_primary_key', ['coupleId'], { unique: true, where: 'is_primary' })
@Index('care_team_member_counselor_idx', ['counselorId', 'coupleId'])
export class CareTeamMemberEntity {
  @PrimaryColumn({
    name: 'couple_id',
    type: 'uuid',
    primaryKeyConstraintName: 'care_team_member_pkey',
  })
  coupleId: string;

  @PrimaryColumn({
    name: 'counselor_id',
    type: 'uuid',
    primaryKeyConstraintName: 'care_team_member_pkey',
  })
  counselorId: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId: string;

  @ManyToOne(() => CoupleEntity, { onDelete: 'CASCADE' })
  @JoinColumn(sameClinicJoin('couple_id', 'care_team_member_couple_fk'))
  couple?: CoupleEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(sameClinicJoin('counselor_id', 'care_team_member_counselor_fk'))
  counselor?: UserEntity;

  @Column({ name: 'is_primary', type: 'boolean', default: false })
  isPrimary: boolean;

  @Column({ name: 'added_at', type: 'timestamptz', default: () => 'now()' })
  addedAt: Date;
}
