import { BuildingStep, Dimension, ExerciseMode, LIMITS, type Prompt } from '@tandem/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { sameClinicJoin } from '../database/same-clinic-join';
import { ExerciseEntity } from './exercise.entity';

/** One immutable version of an exercise's content. */
@Entity({ name: 'exercise_version' })
@Index('exercise_version_exercise_version_key', ['exerciseId', 'version'], { unique: true })
export class ExerciseVersionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'exercise_version_pkey' })
  id: string;

  @Column({ name: 'exercise_id', type: 'uuid' })
  exerciseId: string;

  /** Null for the built-in library, like its exercise. */
  @Column({ name: 'clinic_id', type: 'uuid', nullable: true })
  clinicId: string | null;

  @ManyToOne(() => ExerciseEntity, { onDelete: 'CASCADE' })
  @JoinColumn(sameClinicJoin('exercise_id', 'exercise_version_exercise_fk'))
  exercise?: ExerciseEntity;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: LIMITS.exerciseTitleMaxLength })
  title: string;

  @Column({ name: 'building_step', type: 'enum', enum: BuildingStep, enumName: 'building_step' })
  buildingStep: BuildingStep;

  @Column({ type: 'enum', enum: Dimension, enumName: 'dimension' })
  dimension: Dimension;

  @Column({ type: 'varchar', length: LIMITS.exerciseRationaleMaxLength })
  rationale: string;

  @Column({ type: 'varchar', length: LIMITS.exerciseInstructionsMaxLength })
  instructions: string;

  @Column({ name: 'estimated_minutes', type: 'smallint' })
  estimatedMinutes: number;

  @Column({ type: 'enum', enum: ExerciseMode, enumName: 'exercise_mode' })
  mode: ExerciseMode;

  @Column({ type: 'jsonb' })
  prompts: Prompt[];

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(sameClinicJoin('created_by', 'exercise_version_created_by_fk'))
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
