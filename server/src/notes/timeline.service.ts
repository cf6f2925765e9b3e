import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../access/access-policy';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../context/request-context';
import { TIMELINE_KIND, TimelineKind, TimelinePageModel } from './models/timeline.model';
import { NoteReader } from './note-reader';

interface TimelineRow {
  kind: TimelineKind;
  id: string;
  at: Date;
  total: number;
  title: string | null;
  personName: string | null;
  actorName: string | null;
  cancelled: boolean | null;
  form: string | null;
  index: string | null;
}

/**
 * Every event of one couple, newest first, one page at a time: one statement pages the union
 * of notes (at their session date), assignments, submitted answers and submitted check-ins and
 * fills in their details; the notes on the page come in two more.
 */
const TIMELINE_SQL = `
  WITH entries AS (
    SELECT 'NOTE' AS kind, n.id, v.session_at AS at
      FROM session_note n
      JOIN session_note_version v ON v.note_id = n.id AND v.version = n.current_version
     WHERE n.couple_id = $1
    UNION ALL
    SELECT 'ASSIGNMENT', a.id, a.created_at FROM assignment a WHERE a.couple_id = $1
    UNION ALL
    SELECT 'SUBMISSION', s.id, s.submitted_at
      FROM assignment a
      JOIN assignment_occurrence o ON o.assignment_id = a.id
      JOIN submission s ON s.occurrence_id = o.id AND s.status = 'SUBMITTED'
     WHERE a.couple_id = $1
    UNION ALL
    SELECT 'CHECKIN', c.id, c.submitted_at FROM checkin c
     WHERE c.couple_id = $1 AND c.submitted_at IS NOT NULL
  ), page AS (
    SELECT e.*, count(*) OVER ()::int AS total FROM entries e
     ORDER BY e.at DESC, e.kind, e.id LIMIT $2 OFFSET $3
  )
  SELECT page.kind, page.id, page.at, page.total,
         coalesce(av.title, sv.title) AS title,
         coalesce(au.display_name, su.display_name, cu.display_name) AS "personName",
         bu.display_name AS "actorName",
         a.cancelled_at IS NOT NULL AS cancelled,
         c.form::text AS form, cs.score AS index
    FROM page
    LEFT JOIN assignment a ON page.kind = 'ASSIGNMENT' AND a.id = page.id
    LEFT JOIN exercise_version av ON av.id = a.exercise_version_id
    LEFT JOIN app_user au ON au.id = a.client_id
    LEFT JOIN app_user bu ON bu.id = a.assigned_by
    LEFT JOIN submission s ON page.kind = 'SUBMISSION' AND s.id = page.id
    LEFT JOIN assignment_occurrence so ON so.id = s.occurrence_id
    LEFT JOIN assignment sa ON sa.id = so.assignment_id
    LEFT JOIN exercise_version sv ON sv.id = sa.exercise_version_id
    LEFT JOIN app_user su ON su.id = s.client_id
    LEFT JOIN checkin c ON page.kind = 'CHECKIN' AND c.id = page.id
    LEFT JOIN app_user cu ON cu.id = c.client_id
    LEFT JOIN checkin_score cs ON cs.checkin_id = c.id AND cs.form = c.form AND cs.key = 'INDEX'
   ORDER BY page.at DESC, page.kind, page.id`;

@Injectable()
export class TimelineService {
  constructor(
    private readonly context: RequestContext,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly notes: NoteReader,
  ) {}

  async forCouple(coupleId: string, limit: number, offset: number): Promise<TimelinePageModel> {
    const scope = await this.policy.careTeamCouple(coupleId, 'timeline.read');
    const rows: TimelineRow[] = await this.context.manager.query(TIMELINE_SQL, [
      coupleId,
      limit,
      offset,
    ]);
    const notes = await this.notes.byIds(
      rows.filter((row) => row.kind === 'NOTE').map((row) => row.id),
    );
    this.audit.record({
      action: 'timeline.read',
      entityType: 'couple',
      entityId: coupleId,
      clientIds: scope.clientIds,
    });
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
