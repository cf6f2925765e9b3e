import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../access/access-policy';
import { Sql } from '../database/sql';
import { TIMELINE_KIND, TimelinePageModel } from './models/timeline.model';
import { NoteReader } from './note-reader';
import { timelinePage } from './notes.queries';

/**
 * Every event of one couple, newest first, one page at a time (see `timelinePage`), with the
 * notes on the page read in full.
 */
@Injectable()
export class TimelineService {
  constructor(
    private readonly sql: Sql,
    private readonly policy: AccessPolicy,
    private readonly notes: NoteReader,
  ) {}

  async forCouple(coupleId: string, limit: number, offset: number): Promise<TimelinePageModel> {
    await this.policy.careTeamCouple(coupleId, 'timeline.read');
    const rows = await this.sql.rows(timelinePage, [coupleId, limit, offset]);
    const notes = await this.notes.byIds(
      rows.filter((row) => row.kind === 'NOTE').map((row) => row.id),
    );
    const items = rows.map((row) => {
      const base = { [TIMELINE_KIND]: row.kind, id: row.id, at: row.at };
      switch (row.kind) {
        case 'NOTE':
          return { ...base, note: notes.get(row.id)! };
        case 'ASSIGNMENT':
          return {
            ...base,
            exerciseTitle: row.title ?? '',
            forName: row.personName,
            assignedByName: row.actorName ?? '',
            cancelled: row.cancelled ?? false,
          };
        case 'SUBMISSION':
          return { ...base, exerciseTitle: row.title ?? '', authorName: row.personName };
        case 'CHECKIN':
          return {
            ...base,
            clientName: row.personName ?? '',
            form: row.form ?? '',
            index: row.index === null ? null : Number(row.index),
          };
      }
    });
    return { items, totalCount: rows[0]?.total ?? 0 };
  }
}
