import { Injectable } from '@nestjs/common';
import { RequestContext } from '../context/request-context';
import {
  NoteLinkKind,
  NoteLinkModel,
  SessionNoteContentModel,
  SessionNoteModel,
  SessionNoteVersionModel,
} from './models/session-note.model';

/** The content columns of version `v`, with its editor `eu`. */
const CONTENT = `v.version, v.session_at AS "sessionAt", v.body, v.assignment_ids AS "assignmentIds",
                 v.checkin_ids AS "checkinIds", eu.display_name AS "editedByName", v.edited_at AS "editedAt"`;

/** Current notes, with any extra leading columns. */
const noteSelect = (
  extraColumns = '',
) => `SELECT ${extraColumns} n.id, n.couple_id AS "coupleId", au.display_name AS "authorName",
        n.created_at AS "createdAt", n.retracted_at AS "retractedAt",
        ru.display_name AS "retractedByName", n.retraction_reason AS "retractionReason", ${CONTENT}
   FROM session_note n
   JOIN session_note_version v ON v.note_id = n.id AND v.version = n.current_version
   JOIN app_user au ON au.id = n.author_id
   JOIN app_user eu ON eu.id = v.edited_by
   LEFT JOIN app_user ru ON ru.id = n.retracted_by`;

/**
 * Loads notes (their current version) or a note's versions with the exercises and check-ins
 * they link to, in two statements however many there are. Access is the caller's to check.
 */
@Injectable()
export class NoteReader {
  constructor(private readonly context: RequestContext) {}

  /** A couple's notes, latest session first. */
  async forCouple(
    coupleId: string,
    includeRetracted: boolean,
    limit: number,
    offset: number,
  ): Promise<{ items: SessionNoteModel[]; totalCount: number }> {
    const rows: Array<SessionNoteModel & { total: number }> = await this.context.manager.query(
      `${noteSelect('count(*) OVER ()::int AS total,')}
        WHERE n.couple_id = $1 AND ($2 OR n.retracted_at IS NULL)
        ORDER BY v.session_at DESC, n.created_at DESC, n.id LIMIT $3 OFFSET $4`,
      [coupleId, includeRetracted, limit, offset],
    );
    const totalCount = rows[0]?.total ?? 0;
    const items = rows.map(({ total: _total, ...note }) => note);
    return { items: await this.withLinks(items), totalCount };
  }

  async byIds(ids: string[]): Promise<Map<string, SessionNoteModel>> {
    if (ids.length === 0) return new Map();
    const rows: SessionNoteModel[] = await this.context.manager.query(
      `${noteSelect()} WHERE n.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map((await this.withLinks(rows)).map((note) => [note.id, note]));
  }

  async byId(id: string): Promise<SessionNoteModel> {
    const note = (await this.byIds([id])).get(id);
    if (!note) throw new Error(`Note ${id} vanished inside its own transaction`);
    return note;
  }

  /** Every version of a note, the latest first. */
  async versions(noteId: string): Promise<SessionNoteVersionModel[]> {
    const rows: SessionNoteVersionModel[] = await this.context.manager.query(
      `SELECT ${CONTENT} FROM session_note_version v JOIN app_user eu ON eu.id = v.edited_by
        WHERE v.note_id = $1 ORDER BY v.version DESC`,
      [noteId],
    );
    return this.withLinks(rows);
  }

  private async withLinks<T extends SessionNoteContentModel>(notes: T[]): Promise<T[]> {
    const assignmentIds = [...new Set(notes.flatMap((note) => note.assignmentIds))];
    const checkinIds = [...new Set(notes.flatMap((note) => note.checkinIds))];
    if (assignmentIds.length + checkinIds.length === 0) {
      return notes.map((note) => ({ ...note, links: [] }));
    }
    const links: NoteLinkModel[] = await this.context.manager.query(
      `SELECT '${NoteLinkKind.ASSIGNMENT}' AS kind, a.id, ev.title, cu.display_name AS "personName",
              a.created_at AS at
         FROM assignment a
         JOIN exercise_version ev ON ev.id = a.exercise_version_id
         LEFT JOIN app_user cu ON cu.id = a.client_id
        WHERE a.id = ANY($1::uuid[])
       UNION ALL
       SELECT '${NoteLinkKind.CHECKIN}', c.id,
              CASE c.form WHEN 'FULL' THEN 'Full check-in' ELSE 'Pulse check-in' END,
              cu.display_name, coalesce(c.submitted_at, c.due_at)
         FROM checkin c JOIN app_user cu ON cu.id = c.client_id
        WHERE c.id = ANY($2::uuid[])`,
      [assignmentIds, checkinIds],
    );
    const byId = new Map(links.map((link) => [link.id, link]));
    return notes.map((note) => ({
      ...note,
      links: [...note.assignmentIds, ...note.checkinIds]
        .map((id) => byId.get(id))
        .filter((link): link is NoteLinkModel => link !== undefined),
    }));
  }
}
