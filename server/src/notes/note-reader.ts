import { Injectable } from '@nestjs/common';
import { Sql } from '../database/sql';
import {
  NoteLinkModel,
  SessionNoteContentModel,
  SessionNoteModel,
  SessionNoteVersionModel,
} from './models/session-note.model';
import * as queries from './notes.queries';

/**
 * Loads notes (their current version) or a note's versions with the exercises and check-ins
 * they link to, in two statements however many there are. Access is the caller's to check.
 */
@Injectable()
export class NoteReader {
  constructor(private readonly sql: Sql) {}

  /** A couple's notes, latest session first. */
  async forCouple(
    coupleId: string,
    includeRetracted: boolean,
    limit: number,
    offset: number,
  ): Promise<{ items: SessionNoteModel[]; totalCount: number }> {
    const rows = await this.sql.rows(queries.notesOfCouple, [
      coupleId,
      includeRetracted,
      limit,
      offset,
    ]);
    const totalCount = rows[0]?.total ?? 0;
    const items = rows.map(({ total: _total, ...note }) => note);
    return { items: await this.withLinks(items), totalCount };
  }

  async byIds(ids: string[]): Promise<Map<string, SessionNoteModel>> {
    if (ids.length === 0) return new Map();
    const rows = await this.sql.rows(queries.notesByIds, [ids]);
    return new Map((await this.withLinks(rows)).map((note) => [note.id, note]));
  }

  async byId(id: string): Promise<SessionNoteModel> {
    const note = (await this.byIds([id])).get(id);
    if (!note) throw new Error(`Note ${id} vanished inside its own transaction`);
    return note;
  }

  /** Every version of a note, the latest first. */
  async versions(noteId: string): Promise<SessionNoteVersionModel[]> {
    return this.withLinks(await this.sql.rows(queries.versionsOfNote, [noteId]));
  }

  private async withLinks<T extends Omit<SessionNoteContentModel, 'links'>>(
    notes: T[],
  ): Promise<Array<T & { links: NoteLinkModel[] }>> {
    const assignmentIds = [...new Set(notes.flatMap((note) => note.assignmentIds))];
    const checkinIds = [...new Set(notes.flatMap((note) => note.checkinIds))];
    if (assignmentIds.length + checkinIds.length === 0) {
      return notes.map((note) => ({ ...note, links: [] }));
    }
    const links = await this.sql.rows(queries.linksOf, [assignmentIds, checkinIds]);
    const byId = new Map(links.map((link) => [link.id, link]));
    return notes.map((note) => ({
      ...note,
      links: [...note.assignmentIds, ...note.checkinIds]
        .map((id) => byId.get(id))
        .filter((link): link is NoteLinkModel => link !== undefined),
    }));
  }
}
