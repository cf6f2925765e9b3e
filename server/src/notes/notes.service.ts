import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../access/access-policy';
import { AuditService } from '../audit/audit.service';
import { PageArgs } from '../common/page.args';
import { RequestContext } from '../context/request-context';
import { badUserInput, conflict } from '../graphql/errors';
import { ActivityKind } from '../live/activity-event';
import { PgPubSub } from '../live/pg-pubsub';
import { SessionNoteContentInput } from './dto/session-note.inputs';
import {
  SessionNoteModel,
  SessionNotePageModel,
  SessionNoteVersionModel,
} from './models/session-note.model';
import { NoteReader } from './note-reader';

/**
 * Session notes: written, edited (each edit a new version, with optimistic concurrency) and
 * retracted by the couple's care team, and read by it alone. Every read and write is audited.
 */
@Injectable()
export class NotesService {
  constructor(
    private readonly context: RequestContext,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly reader: NoteReader,
    private readonly live: PgPubSub,
  ) {}

  async forCouple(
    coupleId: string,
    includeRetracted: boolean,
    { limit, offset }: PageArgs,
  ): Promise<SessionNotePageModel> {
    const scope = await this.policy.careTeamCouple(coupleId, 'note.list');
    const page = await this.reader.forCouple(coupleId, includeRetracted, limit, offset);
    this.audit.record({
      action: 'note.list',
      entityType: 'couple',
      entityId: coupleId,
      clientIds: scope.clientIds,
    });
    return page;
  }

  async get(id: string): Promise<SessionNoteModel> {
    const scope = await this.policy.note(id, 'note.read');
    this.audit.record({
      action: 'note.read',
      entityType: 'session_note',
      entityId: id,
      clientIds: scope.clientIds,
    });
    return this.reader.byId(id);
  }

  async history(id: string): Promise<SessionNoteVersionModel[]> {
    const scope = await this.policy.note(id, 'note.history');
    this.audit.record({
      action: 'note.history',
      entityType: 'session_note',
      entityId: id,
      clientIds: scope.clientIds,
    });
    return this.reader.versions(id);
  }

  async write(coupleId: string, input: SessionNoteContentInput): Promise<SessionNoteModel> {
    const scope = await this.policy.careTeamCouple(coupleId, 'note.create');
    await this.checkLinks(coupleId, input);
    const actor = this.context.requiredActor;
    const [{ id }] = await this.context.manager.query(
      `INSERT INTO session_note (clinic_id, couple_id, author_id, current_version)
       VALUES ($1, $2, $3, 1) RETURNING id`,
      [actor.clinicId, coupleId, actor.userId],
    );
    await this.insertVersion(id, 1, input);
    await this.announce(coupleId);
    this.audit.record({
      action: 'note.create',
      entityType: 'session_note',
      entityId: id,
      clientIds: scope.clientIds,
    });
    return this.reader.byId(id);
  }

  /** Saves the content as a new version; the earlier ones stay in the history. */
  async edit(
    id: string,
    expectedVersion: number,
    input: SessionNoteContentInput,
  ): Promise<SessionNoteModel> {
    const scope = await this.policy.note(id, 'note.update');
    if (scope.retracted) throw conflict('This note was retracted; it can no longer be edited.');
    await this.checkLinks(scope.coupleId, input);
    const [rows] = await this.context.manager.query(
      `UPDATE session_note SET current_version = current_version + 1
        WHERE id = $1 AND current_version = $2 AND retracted_at IS NULL
        RETURNING current_version AS version`,
      [id, expectedVersion],
    );
    const [updated] = rows as Array<{ version: number }>;
    if (!updated) {
      throw conflict(
        `Someone saved a newer version of this note (version ${scope.version}) since you opened it. Reload it and make your change again.`,
      );
    }
    await this.insertVersion(id, updated.version, input);
    await this.announce(scope.coupleId);
    this.audit.record({
      action: 'note.update',
      entityType: 'session_note',
      entityId: id,
      clientIds: scope.clientIds,
    });
    return this.reader.byId(id);
  }

  /** Takes a note back: it stays, marked retracted with the reason, for the care team. */
  async retract(id: string, reason: string): Promise<SessionNoteModel> {
    const scope = await this.policy.note(id, 'note.retract');
    const actor = this.context.requiredActor;
    const [rows] = await this.context.manager.query(
      `UPDATE session_note SET retracted_at = now(), retracted_by = $2, retraction_reason = $3
        WHERE id = $1 AND retracted_at IS NULL RETURNING id`,
      [id, actor.userId, reason],
    );
    if ((rows as unknown[]).length === 0) throw conflict('This note is already retracted.');
    await this.announce(scope.coupleId);
    this.audit.record({
      action: 'note.retract',
      entityType: 'session_note',
      entityId: id,
      clientIds: scope.clientIds,
    });
    return this.reader.byId(id);
  }

  /** Tells the care team's open couple pages, on any replica, once the change commits. */
  private announce(coupleId: string): Promise<void> {
    return this.live.publish({ kind: ActivityKind.NOTE_CHANGED, coupleId });
  }

  /** Links may point only to this couple's assignments and check-ins. */
  private async checkLinks(coupleId: string, input: SessionNoteContentInput): Promise<void> {
    input.assignmentIds = [...new Set(input.assignmentIds)];
    input.checkinIds = [...new Set(input.checkinIds)];
    if (input.assignmentIds.length + input.checkinIds.length === 0) return;
    const [found] = await this.context.manager.query(
      `SELECT (SELECT count(*)::int FROM assignment WHERE id = ANY($2::uuid[]) AND couple_id = $1) AS assignments,
              (SELECT count(*)::int FROM checkin WHERE id = ANY($3::uuid[]) AND couple_id = $1) AS checkins`,
      [coupleId, input.assignmentIds, input.checkinIds],
    );
    if (found.assignments !== input.assignmentIds.length) {
      throw badUserInput('A linked exercise was not given to this couple.', {
        assignmentIds: ['Link only exercises given to this couple.'],
      });
    }
    if (found.checkins !== input.checkinIds.length) {
      throw badUserInput("A linked check-in is not one of this couple's.", {
        checkinIds: ['Link only check-ins of this couple.'],
      });
    }
  }

  private async insertVersion(noteId: string, version: number, input: SessionNoteContentInput) {
    const actor = this.context.requiredActor;
    await this.context.manager.query(
      `INSERT INTO session_note_version (note_id, clinic_id, version, session_at, body, assignment_ids,
              checkin_ids, edited_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        noteId,
        actor.clinicId,
        version,
        input.sessionAt,
        input.body,
        input.assignmentIds,
        input.checkinIds,
        actor.userId,
      ],
    );
  }
}
