import { displayNameOf, joinAccount, leftJoinAccount } from '../accounts/accounts.queries';
import {
  checkinEntriesOfCouple,
  checkinLinks,
  checkinsOfCoupleAmong,
  leftJoinCheckinEntry,
} from '../assessments/checkins.queries';
import {
  assignmentEntriesOfCouple,
  assignmentLinks,
  assignmentsOfCoupleAmong,
  leftJoinAnsweredEntry,
  leftJoinGivenEntry,
} from '../assignments/assignments.queries';
import { pg, statement } from '../database/sql';
import type { NoteLinkKind } from './models/session-note.model';
import type { TimelineKind } from './models/timeline.model';

/** The content columns of note version `v`, with its editor `editor`. */
const CONTENT = `v.version, v.session_at AS "sessionAt", v.body, v.assignment_ids AS "assignmentIds",
  v.checkin_ids AS "checkinIds", editor.display_name AS "editedByName", v.edited_at AS "editedAt"`;

const CONTENT_ROW = {
  version: pg.int4,
  sessionAt: pg.timestamptz,
  body: pg.varchar,
  assignmentIds: pg.uuidArray,
  checkinIds: pg.uuidArray,
  editedByName: pg.varchar,
  editedAt: pg.timestamptz,
} as const;

/** Notes `n` at their current version `v`, with the names of who wrote, edited, retracted. */
const NOTES = `
   FROM session_note n
   JOIN session_note_version v ON v.note_id = n.id AND v.version = n.current_version
   ${joinAccount('author', 'n.author_id')}
   ${joinAccount('editor', 'v.edited_by')}
   ${leftJoinAccount('retracter', 'n.retracted_by')}`;

const NOTE_COLUMNS = `n.id, n.couple_id AS "coupleId", author.display_name AS "authorName",
  n.created_at AS "createdAt", n.retracted_at AS "retractedAt",
  retracter.display_name AS "retractedByName", n.retraction_reason AS "retractionReason", ${CONTENT}`;

const NOTE_ROW = {
  id: pg.uuid,
  coupleId: pg.uuid,
  authorName: pg.varchar,
  createdAt: pg.timestamptz,
  retractedAt: pg.timestamptz.orNull,
  retractedByName: pg.varchar.orNull,
  retractionReason: pg.varchar.orNull,
  ...CONTENT_ROW,
} as const;

/** Couple $1's notes, retracted ones too when $2, latest session first; $3 limit, $4 offset. */
export const notesOfCouple = statement({
  name: 'notes.ofCouple',
  text: `SELECT count(*) OVER ()::int AS total, ${NOTE_COLUMNS} ${NOTES}
          WHERE n.couple_id = $1 AND ($2::boolean OR n.retracted_at IS NULL)
          ORDER BY v.session_at DESC, n.created_at DESC, n.id LIMIT $3::int OFFSET $4::int`,
  params: [pg.uuid, pg.bool, pg.int4, pg.int4],
  row: { total: pg.int4, ...NOTE_ROW },
});

export const notesByIds = statement({
  name: 'notes.byIds',
  text: `SELECT ${NOTE_COLUMNS} ${NOTES} WHERE n.id = ANY($1::uuid[])`,
  params: [pg.uuidArray],
  row: NOTE_ROW,
});

/** Every version of note $1, the latest first. */
export const versionsOfNote = statement({
  name: 'notes.versions',
  text: `SELECT ${CONTENT} FROM session_note_version v ${joinAccount('editor', 'v.edited_by')}
          WHERE v.note_id = $1 ORDER BY v.version DESC`,
  params: [pg.uuid],
  row: CONTENT_ROW,
});

/** What notes link to: the assignments $1 and the check-ins $2, each with a title and a name. */
export const linksOf = statement({
  name: 'notes.links',
  text: `${assignmentLinks('$1::uuid[]')}
         UNION ALL
         ${checkinLinks('$2::uuid[]')}`,
  params: [pg.uuidArray, pg.uuidArray],
  row: {
    kind: pg.enum<NoteLinkKind>('text'),
    id: pg.uuid,
    title: pg.varchar,
    personName: pg.varchar.orNull,
    at: pg.timestamptz,
  },
});

/** How many of assignments $2 and of check-ins $3 are couple $1's. */
export const linkedOfCouple = statement({
  name: 'notes.linkedOfCouple',
  text: `SELECT ${assignmentsOfCoupleAmong('$1', '$2::uuid[]')} AS assignments,
                ${checkinsOfCoupleAmong('$1', '$3::uuid[]')} AS checkins`,
  params: [pg.uuid, pg.uuidArray, pg.uuidArray],
  row: { assignments: pg.int4, checkins: pg.int4 },
});

/** A note of couple $2 in clinic $1 by $3, at its first version. */
export const insertNote = statement({
  name: 'notes.insert',
  text: `INSERT INTO session_note (clinic_id, couple_id, author_id, current_version)
         VALUES ($1, $2, $3, 1) RETURNING id`,
  params: [pg.uuid, pg.uuid, pg.uuid],
  row: { id: pg.uuid },
});

export const insertVersion = statement({
  name: 'notes.insertVersion',
  text: `INSERT INTO session_note_version (note_id, clinic_id, version, session_at, body, assignment_ids,
                checkin_ids, edited_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
  params: [
    pg.uuid,
    pg.uuid,
    pg.int4,
    pg.timestamptz,
    pg.varchar,
    pg.uuidArray,
    pg.uuidArray,
    pg.uuid,
  ],
});

/** Makes the next version of note $1 current if $2 still is and it is not retracted. */
export const nextVersion = statement({
  name: 'notes.nextVersion',
  text: `UPDATE session_note SET current_version = current_version + 1
          WHERE id = $1 AND current_version = $2 AND retracted_at IS NULL`,
  params: [pg.uuid, pg.int4],
});

/** Retracts note $1 (by $2, for reason $3) unless it already is. */
export const retractNote = statement({
  name: 'notes.retract',
  text: `UPDATE session_note SET retracted_at = now(), retracted_by = $2, retraction_reason = $3
          WHERE id = $1 AND retracted_at IS NULL`,
  params: [pg.uuid, pg.uuid, pg.varchar],
});

/**
 * Every event of couple $1, newest first, one page ($2 limit, $3 offset): one statement pages
 * the union of notes (at their session date), assignments, submitted answers and submitted
 * check-ins and fills in their details; the notes on the page come in two more.
 */
export const timelinePage = statement({
  name: 'notes.timelinePage',
  text: `
  WITH entries AS (
    SELECT 'NOTE' AS kind, n.id, v.session_at AS at
      FROM session_note n
      JOIN session_note_version v ON v.note_id = n.id AND v.version = n.current_version
     WHERE n.couple_id = $1
    UNION ALL
    ${assignmentEntriesOfCouple('$1')}
    UNION ALL
    ${checkinEntriesOfCouple('$1')}
  ), page AS (
    SELECT e.*, count(*) OVER ()::int AS total FROM entries e
     ORDER BY e.at DESC, e.kind, e.id LIMIT $2::int OFFSET $3::int
  )
  SELECT page.kind, page.id, page.at, page.total,
         coalesce(given.title, answered.title) AS title,
         coalesce(given."forName", answered."authorName", ${displayNameOf('c.client_id')}) AS "personName",
         given."givenByName" AS "actorName",
         given.cancelled,
         c.form::text AS form, cs.score AS index
    FROM page
    ${leftJoinGivenEntry('page')}
    ${leftJoinAnsweredEntry('page')}
    ${leftJoinCheckinEntry('page')}
   ORDER BY page.at DESC, page.kind, page.id`,
  params: [pg.uuid, pg.int4, pg.int4],
  row: {
    kind: pg.enum<TimelineKind>('text'),
    id: pg.uuid,
    at: pg.timestamptz,
    total: pg.int4,
    title: pg.varchar.orNull,
    personName: pg.varchar.orNull,
    actorName: pg.varchar.orNull,
    cancelled: pg.bool.orNull,
    form: pg.text.orNull,
    index: pg.numeric.orNull,
  },
});
