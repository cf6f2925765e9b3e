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
import { ClinicEntity } from '../clinics/clinic.entity';
import { sameClinicJoin } from '../database/same-clinic-join';

/**
 * An exercise of the library: built in (no clinic, identified by its slug, shared by every
 * clinic) or a clinic's own. Its content lives in versions; `currentVersion` is the one new
 * assignments get. Archived exercises stay for the assignments that use them.
 */
@Entity({ name: 'exercise' })
@Unique('exercise_id_clinic_key', ['id', 'clinicId'])
@Index('exercise_slug_key', ['slug'], { unique: true, where: 'slug IS NOT NULL' })
@Index('exercise_clinic_idx', ['clinicId'])
export class ExerciseEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'exercise_pkey' })
  id: string;

  /** Null for the built-in library. */
  @Column({ name: 'clinic_id', type: 'uuid', nullable: true })
  clinicId: string | null;

  @ManyToOne(() => ClinicEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'clinic_id', foreignKeyConstraintName: 'exercise_clinic_fk' })
  clinic?: ClinicEntity;

  @Column({ type: 'varchar', length: 80, nullable: true })
  slug: string | null;

  @Column({ name: 'current_version', type: 'integer' })
  currentVersion: number;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(sameClinicJoin('created_by', 'exercise_created_by_fk'))
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
