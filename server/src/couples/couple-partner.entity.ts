import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { CoupleEntity } from './couple.entity';
import { sameClinicJoin } from '../database/same-clinic-join';

/**
 * A client's membership of a couple. Both foreign keys include the clinic, so a couple
 * can never point at a client of another clinic (foreign keys ignore row-level security).
 */
@Entity({ name: 'couple_partner' })
@Index('couple_partner_one_active_couple_key', ['clientId'], {
  unique: true,
  where: 'left_at IS NULL',
})
export class CouplePartnerEntity {
  @PrimaryColumn({
    name: 'couple_id',
    type: 'uuid',
    primaryKeyConstraintName: 'couple_partner_pkey',
  })
  coupleId: string;

  @PrimaryColumn({
    name: 'client_id',
    type: 'uuid',
    primaryKeyConstraintName: 'couple_partner_pkey',
  })
  clientId: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId: string;

  @ManyToOne(() => CoupleEntity, { onDelete: 'CASCADE' })
  @JoinColumn(sameClinicJoin('couple_id', 'couple_partner_couple_fk'))
  couple?: CoupleEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(sameClinicJoin('client_id', 'couple_partner_client_fk'))
  client?: UserEntity;

  @Column({ name: 'joined_at', type: 'timestamptz', default: () => 'now()' })
  joinedAt: Date;

  /** Set when the couple is discharged or dissolved; a client has one open membership. */
  @Column({ name: 'left_at', type: 'timestamptz', nullable: true })
  leftAt: Date | null;
}
