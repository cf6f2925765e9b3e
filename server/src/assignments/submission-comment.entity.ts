import { LIMITS } from '@tandem/shared';
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
import { sameClinicJoin } from '../database/same-clinic-join';
import { SubmissionEntity } from './submission.entity';

/** A counselor's comment on a submission; its author (or both partners, when joint) sees it. */
@Entity({ name: 'submission_comment' })
@Unique('submission_comment_id_clinic_key', ['id', 'clinicId'])
@Index('submission_comment_submission_idx', ['submissionId', 'createdAt'])
export class SubmissionCommentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'submission_comment_pkey' })
  id: string;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId: string;

  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn(sameClinicJoin('submission_id', 'submission_comment_submission_fk'))
  submission?: SubmissionEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(sameClinicJoin('author_id', 'submission_comment_author_fk'))
  author?: UserEntity;

  @Column({ type: 'varchar', length: LIMITS.commentMaxLength })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
