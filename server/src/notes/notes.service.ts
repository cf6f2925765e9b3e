import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../access/access-policy';
import { PageArgs } from '../common/page.args';
import { RequestContext } from '../context/request-context';
import { Sql } from '../database/sql';
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
import * as queries from './notes.queries';

/**
 * Session notes: written, edited (each edit a new version, with optimistic concurrency) and
 * retracted by the couple's care team, and read by it alone. Every read and write is audited.
 */
@Injectable()
export class NotesService {
  constructor(
    private readonly context: RequestContext,
    private readonly sql: Sql,
    private readonly policy: AccessPolicy,
    private readonly reader: NoteReader,
    private readonly live: PgPubSub,
  ) {}

  async forCouple(
    coupleId: string,
    includeRetracted: boolean,
    { limit, offset }: PageArgs,
  ): Promise<SessionNotePageModel> {
    await this.policy.careTeamCouple(coupleId, 'note.list');
    return this.reader.forCouple(coupleId, includeRetracted, limit, offset);
  }

  async get(id: string): Promise<SessionNoteModel> {
    await this.policy.note(id, 'note.read');
    return this.reader.byId(id);
  }

  async history(id: string): Promise<SessionNoteVersionModel[]> {
    await this.policy.note(id, 'note.history');
    return this.reader.versions(id);
  }

  async write(coupleId: string, input: SessionNoteContentInput): Promise<SessionNoteModel> {
    const scope = await this.policy.careTeamCouple(coupleId, 'note.create');
    await this.checkLinks(coupleId, input);
    const actor = this.context.requiredActor;
    const { id } = await this.sql.one(queries.insertNote, [actor.clinicId, coupleId, actor.userId]);
    await this.insertVersion(id, 1, input);
    await this.announce(coupleId);
    this.policy.created('note.create', id, scope.clientIds);
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
    const updated = await this.sql.execute(queries.nextVersion, [id, expectedVersion]);
    if (updated === 0) {
      throw conflict(
        `Someone saved a newer version of this note (version ${scope.version}) since you opened it. Reload it and make your change again.`,
      );
    }
    await this.insertVersion(id, expectedVersion + 1, input);
    await this.announce(scope.coupleId);
    return this.reader.byId(id);
  }

  /** Takes a note back: it stays, marked retracted with the reason, for the care team. */
  async retract(id: string, reason: string): Promise<SessionNoteModel> {
    const scope = await this.policy.note(id, 'note.retract');
    const actor = this.context.requiredActor;
    const retracted = await this.sql.execute(queries.retractNote, [id, actor.userId, reason]);
    if (retracted === 0) throw conflict('This note is already retracted.');
    await this.announce(scope.coupleId);
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
    const found = await this.sql.one(queries.linkedOfCouple, [
      coupleId,
      input.assignmentIds,
      input.checkinIds,
    ]);
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
    await this.sql.execute(queries.insertVersion, [
      noteId,
      actor.clinicId,
      version,
      input.sessionAt,
      input.body,
      input.assignmentIds,
      input.checkinIds,
      actor.userId,
    ]);
  }
}
