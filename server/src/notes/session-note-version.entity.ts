import { LIMITS } from '@tandem/shared';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { sameClinicJoin } from '../database/same-clinic-join';
import { SessionNoteEntity } from './session-note.entity';

/**
 * One immutable version of a session note: what it said, which exercises (assignments) and
 * check-ins it links to, who wrote that version and when. The links are id arrays checked
 * against the couple when written (a foreign key cannot reach into an array).
 */
@Entity({ name: 'session_note_version' })
export class SessionNoteVersionEntity {
  @PrimaryColumn({
    name: 'note_id',
    type: 'uuid',
    primaryKeyConstraintName: 'session_note_version_pkey',
  })
  noteId: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'session_note_version_pkey' })
  version: number;

  @Column({ name: 'clinic_id', type: 'uuid' })
  clinicId: string;

  @ManyToOne(() => SessionNoteEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(sameClinicJoin('note_id', 'session_note_version_note_fk'))
  note?: SessionNoteEntity;

  @Column({ name: 'session_at', type: 'timestamptz' })
  sessionAt: Date;

  @Column({ type: 'varchar', length: LIMITS.sessionNoteMaxLength })
  body: string;

  @Column({ name: 'assignment_ids', type: 'uuid', array: true, default: () => "'{}'" })
  assignmentIds: string[];

  @Column({ name: 'checkin_ids', type: 'uuid', array: true, default: () => "'{}'" })
  checkinIds: string[];

  @Column({ name: 'edited_by', type: 'uuid' })
  editedBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn(sameClinicJoin('edited_by', 'session_note_version_edited_by_fk'))
  editor?: UserEntity;

  @Column({ name: 'edited_at', type: 'timestamptz', default: () => 'now()' })
  editedAt: Date;
}
