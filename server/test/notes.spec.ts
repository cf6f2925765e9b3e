import { GraphQLSchemaHost } from '@nestjs/graphql';
import { LIMITS } from '@tandem/shared';
import { Client } from 'pg';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { DEMO, graphql, signIn, startTestApp, TestApp } from './app';

type Agent = ReturnType<TestApp['browser']>;

const NOTE_FIELDS = `id coupleId version sessionAt body authorName editedByName retractedAt retractedByName
  retractionReason links { kind id title personName }`;
const WRITE = `mutation ($coupleId: ID!, $input: SessionNoteContentInput!) {
  writeSessionNote(coupleId: $coupleId, input: $input) { ${NOTE_FIELDS} } }`;
const EDIT = `mutation ($id: ID!, $v: Int!, $input: SessionNoteContentInput!) {
  editSessionNote(id: $id, expectedVersion: $v, input: $input) { ${NOTE_FIELDS} } }`;
const RETRACT = `mutation ($id: ID!, $reason: String!) {
  retractSessionNote(id: $id, reason: $reason) { ${NOTE_FIELDS} } }`;
const READ = `query ($id: ID!) { sessionNote(id: $id) { ${NOTE_FIELDS} } }`;
const HISTORY = `query ($id: ID!) { sessionNoteHistory(id: $id) { version body sessionAt editedByName editedAt links { id } } }`;
const LIST = `query ($coupleId: ID!, $includeRetracted: Boolean!) {
  sessionNotes(coupleId: $coupleId, includeRetracted: $includeRetracted) { totalCount items { id body retractedAt } } }`;
const TIMELINE = `query ($coupleId: ID!, $limit: Int!, $offset: Int!) {
  coupleTimeline(coupleId: $coupleId, limit: $limit, offset: $offset) {
    totalCount
    items {
      __typename
      ... on NoteTimelineEntry { id at note { id body } }
      ... on AssignmentTimelineEntry { id at exerciseTitle }
      ... on SubmissionTimelineEntry { id at exerciseTitle authorName }
      ... on CheckinTimelineEntry { id at clientName index }
    }
  } }`;

interface Note {
  id: string;
  version: number;
  body: string;
  sessionAt: string;
  editedByName: string;
  retractedAt: string | null;
  retractedByName: string | null;
  retractionReason: string | null;
  links: Array<{ kind: string; id: string; title: string; personName: string | null }>;
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

describe('session notes (HTTP, real PostgreSQL)', () => {
  let test: TestApp;
  let owner: Client;
  let maya: Agent;
  let daniel: Agent;
  let priya: Agent;
  let nora: Agent;
  let alex: Agent;
  let lena: Agent;
  let morgan: string;
  let clinic: string;
  let noraId: string;
  let morganAssignment: string;
  let morganCheckin: string;

  const codeOf = (result: { errors?: Array<{ extensions?: { code?: string } }> }) =>
    result.errors?.[0]?.extensions?.code;
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await owner.query(sql, params)).rows[0].count);
  const write = async (agent: Agent, input: Record<string, unknown>, coupleId = morgan) =>
    graphql<{ writeSessionNote: Note }>(agent, WRITE, { coupleId, input });
  const newNote = async (body: string, sessionAt = daysAgo(1)) => {
    const result = await write(maya, { body, sessionAt });
    expect(result.errors).toBeUndefined();
    return result.data!.writeSessionNote;
  };
  /** Every notes operation aimed at one note of the Morgans (and at the Morgans themselves). */
  const everyNoteOperation = (noteId: string) =>
    [
      [READ, { id: noteId }],
      [HISTORY, { id: noteId }],
      [LIST, { coupleId: morgan, includeRetracted: true }],
      [TIMELINE, { coupleId: morgan, limit: 10, offset: 0 }],
      [WRITE, { coupleId: morgan, input: { body: 'x', sessionAt: daysAgo(1) } }],
      [EDIT, { id: noteId, v: 1, input: { body: 'x', sessionAt: daysAgo(1) } }],
      [RETRACT, { id: noteId, reason: 'x' }],
    ] as const;
  const auditRows = (action: string, entityId: string) =>
    owner.query(
      `SELECT e.outcome, u.display_name AS actor, e.client_ids AS "clientIds" FROM audit_event e
         LEFT JOIN app_user u ON u.id = e.actor_id
        WHERE e.action = $1 AND e.entity_id = $2 ORDER BY e.occurred_at`,
      [action, entityId],
    );

  beforeAll(async () => {
    test = await startTestApp();
    owner = new Client({ connectionString: test.database.ownerUrl });
    await owner.connect();
    const agents: Array<[string, Agent]> = [];
    for (const email of [
      DEMO.counselor,
      DEMO.otherCounselor,
      'priya.shah@riverbend.example',
      DEMO.admin,
      DEMO.client,
      DEMO.otherClinicCounselor,
    ]) {
      const agent = test.browser();
      await signIn(agent, email);
      agents.push([email, agent]);
    }
    [maya, daniel, priya, nora, alex, lena] = agents.map(([, agent]) => agent);
    const row = (
      await owner.query("SELECT id, clinic_id FROM couple WHERE name = 'Alex & Sam Morgan'")
    ).rows[0];
    morgan = row.id;
    clinic = row.clinic_id;
    noraId = (await owner.query('SELECT id FROM app_user WHERE email = $1', [DEMO.admin])).rows[0]
      .id;
    // The test database has people only: give the Morgans an exercise, answers and check-ins.
    const [mayaId, alexId] = (
      await owner.query('SELECT id FROM app_user WHERE email = ANY($1) ORDER BY role DESC', [
        [DEMO.counselor, DEMO.client],
      ])
    ).rows.map((user: { id: string }) => user.id);
    const one = async (sql: string, params: unknown[]) =>
      (await owner.query(sql, params)).rows[0].id;
    morganAssignment = await one(
      `INSERT INTO assignment (clinic_id, couple_id, exercise_version_id, assigned_by, created_at)
       SELECT $1, $2, v.id, $3, now() - interval '30 days' FROM exercise e
         JOIN exercise_version v ON v.exercise_id = e.id WHERE e.slug = 'values-inventory' RETURNING id`,
      [clinic, morgan, mayaId],
    );
    const occurrence = await one(
      `INSERT INTO assignment_occurrence (clinic_id, assignment_id, sequence, due_at)
       VALUES ($1, $2, 1, now() - interval '20 days') RETURNING id`,
      [clinic, morganAssignment],
    );
    await owner.query(
      `INSERT INTO submission (clinic_id, occurrence_id, client_id, answers, status, updated_by, submitted_at)
       VALUES ($1, $2, $3, '[]', 'SUBMITTED', $3, now() - interval '22 days')`,
      [clinic, occurrence, alexId],
    );
    const schedule = await one(
      `INSERT INTO checkin_schedule (clinic_id, couple_id, form, every_weeks, created_by, created_at)
       VALUES ($1, $2, 'PULSE', 1, $3, now() - interval '40 days') RETURNING id`,
      [clinic, morgan, mayaId],
    );
    for (const days of [25, 10]) {
      morganCheckin = await one(
        `INSERT INTO checkin (clinic_id, schedule_id, couple_id, client_id, form, instrument_version, due_at, submitted_at)
         VALUES ($1, $2, $3, $4, 'PULSE', 1, now() - make_interval(days => $5), now() - make_interval(days => $5)) RETURNING id`,
        [clinic, schedule, morgan, alexId, days],
      );
    }
  });

  afterAll(async () => {
    await owner.end();
    await test.close();
  });

  it('lets the care team write a note with links, edit it (versions kept) and read its history', async () => {
    const written = await write(maya, {
      body: 'We talked about **boundaries** around work calls.',
      sessionAt: daysAgo(2),
      assignmentIds: [morganAssignment, morganAssignment],
      checkinIds: [morganCheckin],
    });
    expect(written.errors).toBeUndefined();
    const note = written.data!.writeSessionNote;
    expect(note).toMatchObject({ version: 1, editedByName: 'Maya Okafor', retractedAt: null });
    expect(note.links.map((link) => [link.kind, link.id])).toEqual([
      ['ASSIGNMENT', morganAssignment],
      ['CHECKIN', morganCheckin],
    ]);

    // Daniel is on the Morgans' care team too.
    const edited = await graphql<{ editSessionNote: Note }>(daniel, EDIT, {
      id: note.id,
      v: 1,
      input: {
        body: 'We talked about boundaries around work calls and weekends.',
        sessionAt: daysAgo(2),
      },
    });
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.editSessionNote).toMatchObject({
      version: 2,
      editedByName: 'Daniel Reyes',
      authorName: 'Maya Okafor',
      links: [],
    });

    // Maya still holds version 1: her save is refused and nothing is stored.
    const stale = await graphql(maya, EDIT, {
      id: note.id,
      v: 1,
      input: { body: 'An edit from a stale page.', sessionAt: daysAgo(2) },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0].message).toMatch(/newer version/);
    expect(
      await count('SELECT count(*) FROM session_note_version WHERE note_id = $1', [note.id]),
    ).toBe(2);

    const history = await graphql<{
      sessionNoteHistory: Array<{
        version: number;
        body: string;
        editedByName: string;
        links: unknown[];
      }>;
    }>(maya, HISTORY, { id: note.id });
    expect(history.errors).toBeUndefined();
    expect(
      history.data!.sessionNoteHistory.map(({ version, body, editedByName, links }) => ({
        version,
        body,
        editedByName,
        links: links.length,
      })),
    ).toEqual([
      {
        version: 2,
        body: 'We talked about boundaries around work calls and weekends.',
        editedByName: 'Daniel Reyes',
        links: 0,
      },
      {
        version: 1,
        body: 'We talked about **boundaries** around work calls.',
        editedByName: 'Maya Okafor',
        links: 2,
      },
    ]);
  });

  it('retracts a note only with a reason, keeps it visible as retracted, and has no way to delete it', async () => {
    const note = await newNote('Wrote this on the wrong couple.');
    const noReason = await graphql(maya, RETRACT, { id: note.id, reason: '   ' });
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    expect(noReason.errors![0].message).toMatch(/reason/);

    const retracted = await graphql<{ retractSessionNote: Note }>(maya, RETRACT, {
      id: note.id,
      reason: 'Written on the wrong couple.',
    });
    expect(retracted.errors).toBeUndefined();
    expect(retracted.data!.retractSessionNote).toMatchObject({
      retractedByName: 'Maya Okafor',
      retractionReason: 'Written on the wrong couple.',
      body: 'Wrote this on the wrong couple.',
    });
    expect(retracted.data!.retractSessionNote.retractedAt).toEqual(expect.any(String));

    const listed = await graphql<{ sessionNotes: { items: Note[] } }>(maya, LIST, {
      coupleId: morgan,
      includeRetracted: true,
    });
    expect(listed.data!.sessionNotes.items.find((item) => item.id === note.id)).toMatchObject({
      retractedAt: expect.any(String),
    });
    const current = await graphql<{ sessionNotes: { items: Note[] } }>(maya, LIST, {
      coupleId: morgan,
      includeRetracted: false,
    });
    expect(current.data!.sessionNotes.items.map((item) => item.id)).not.toContain(note.id);

    const editAfter = await graphql(maya, EDIT, {
      id: note.id,
      v: 1,
      input: { body: 'Too late.', sessionAt: daysAgo(1) },
    });
    expect(codeOf(editAfter)).toBe('CONFLICT');
    expect(codeOf(await graphql(maya, RETRACT, { id: note.id, reason: 'Again.' }))).toBe(
      'CONFLICT',
    );

    // No operation deletes a note, the application role may not, and not even the owner can.
    const mutations = Object.keys(
      test.app.get(GraphQLSchemaHost).schema.getMutationType()!.getFields(),
    );
    expect(mutations.filter((name) => /delete|remove/i.test(name) && /note/i.test(name))).toEqual(
      [],
    );
    const app = new Client({ connectionString: test.database.appUrl });
    await app.connect();
    try {
      await app.query("SELECT set_config('app.clinic_id', $1, false)", [clinic]);
      await expect(app.query('DELETE FROM session_note WHERE id = $1', [note.id])).rejects.toThrow(
        /permission denied/,
      );
    } finally {
      await app.end();
    }
    await expect(owner.query('DELETE FROM session_note WHERE id = $1', [note.id])).rejects.toThrow(
      /never deleted/,
    );
    await expect(
      owner.query("UPDATE session_note_version SET body = 'rewritten' WHERE note_id = $1", [
        note.id,
      ]),
    ).rejects.toThrow(/never deleted/);
  });

  it('refuses clients by role and counselors or admins off the care team as not found', async () => {
    const note = await newNote('Private to the care team.');
    for (const [query, variables] of everyNoteOperation(note.id)) {
      const asClient = await graphql(alex, query, variables);
      expect(codeOf(asClient)).toBe('FORBIDDEN');
      expect(asClient.data ?? null).toBeNull();
      for (const outsider of [priya, nora]) {
        const result = await graphql(outsider, query, variables);
        expect(codeOf(result)).toBe('NOT_FOUND');
        expect(JSON.stringify(result)).not.toContain('Private to the care team');
      }
    }
    const denials = await auditRows('note.read', note.id);
    expect(denials.rows).toEqual([
      expect.objectContaining({ outcome: 'DENIED', actor: 'Priya Shah' }),
      expect.objectContaining({ outcome: 'DENIED', actor: 'Nora Lindqvist' }),
    ]);
    expect(
      await count(`SELECT count(*) FROM session_note_version WHERE note_id = $1`, [note.id]),
    ).toBe(1);
    expect(
      (await owner.query('SELECT retracted_at FROM session_note WHERE id = $1', [note.id])).rows[0]
        .retracted_at,
    ).toBeNull();
  });

  it('lets an admin who is on the care team read and write notes', async () => {
    const note = await newNote('For the whole team.');
    await owner.query(
      'INSERT INTO care_team_member (couple_id, counselor_id, clinic_id, is_primary) VALUES ($1, $2, $3, false)',
      [morgan, noraId, clinic],
    );
    try {
      const read = await graphql<{ sessionNote: Note }>(nora, READ, { id: note.id });
      expect(read.errors).toBeUndefined();
      expect(read.data!.sessionNote.body).toBe('For the whole team.');
      const written = await write(nora, { body: 'Supervision note.', sessionAt: daysAgo(0) });
      expect(written.errors).toBeUndefined();
      expect(written.data!.writeSessionNote.editedByName).toBe('Nora Lindqvist');
    } finally {
      await owner.query('DELETE FROM care_team_member WHERE couple_id = $1 AND counselor_id = $2', [
        morgan,
        noraId,
      ]);
    }
  });

  it("answers another clinic's ids as not found and leaks nothing", async () => {
    const note = await newNote('Riverbend only.');
    for (const [query, variables] of everyNoteOperation(note.id)) {
      const result = await graphql(lena, query, variables);
      expect(codeOf(result)).toBe('NOT_FOUND');
      expect(JSON.stringify(result)).not.toContain('Riverbend only');
    }
    // Nor can a note of the other clinic link to this clinic's records.
    const larsen = (await owner.query("SELECT id FROM couple WHERE name = 'Noah & Mia Larsen'"))
      .rows[0].id;
    const larsenNotes = () =>
      count('SELECT count(*) FROM session_note WHERE couple_id = $1', [larsen]);
    const before = await larsenNotes();
    const linked = await write(
      lena,
      { body: 'Linking across clinics.', sessionAt: daysAgo(1), assignmentIds: [morganAssignment] },
      larsen,
    );
    expect(codeOf(linked)).toBe('BAD_USER_INPUT');
    expect(await larsenNotes()).toBe(before);
  });

  it('audits every read and write with the clients it concerns', async () => {
    const note = await newNote('Audited.');
    await graphql(maya, READ, { id: note.id });
    await graphql(maya, HISTORY, { id: note.id });
    await graphql(maya, EDIT, {
      id: note.id,
      v: 1,
      input: { body: 'Audited, edited.', sessionAt: daysAgo(1) },
    });
    await graphql(maya, RETRACT, { id: note.id, reason: 'Duplicate of another note.' });
    const partners = (
      await owner.query(
        'SELECT array_agg(client_id ORDER BY client_id) AS ids FROM couple_partner WHERE couple_id = $1',
        [morgan],
      )
    ).rows[0].ids;
    for (const action of [
      'note.create',
      'note.read',
      'note.history',
      'note.update',
      'note.retract',
    ]) {
      const rows = (await auditRows(action, note.id)).rows;
      expect({ action, rows }).toEqual({
        action,
        rows: [{ outcome: 'ALLOWED', actor: 'Maya Okafor', clientIds: partners }],
      });
    }
    const before = await count(
      "SELECT count(*) FROM audit_event WHERE entity_id = $1 AND action IN ('note.list', 'timeline.read')",
      [morgan],
    );
    await graphql(maya, LIST, { coupleId: morgan, includeRetracted: true });
    await graphql(maya, TIMELINE, { coupleId: morgan, limit: 5, offset: 0 });
    expect(
      await count(
        "SELECT count(*) FROM audit_event WHERE entity_id = $1 AND action IN ('note.list', 'timeline.read')",
        [morgan],
      ),
    ).toBe(before + 2);
  });

  it('refuses huge or out-of-range input with a clear error and stores nothing', async () => {
    const notes = () => count('SELECT count(*) FROM session_note');
    const versions = () => count('SELECT count(*) FROM session_note_version');
    const [notesBefore, versionsBefore] = [await notes(), await versions()];
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ body: 'x'.repeat(LIMITS.sessionNoteMaxLength + 1), sessionAt: daysAgo(1) }, /20000/],
      [{ body: 'y'.repeat(90_000), sessionAt: daysAgo(1) }, /20000/],
      [{ body: '   ', sessionAt: daysAgo(1) }, /1 to 20000/],
      [
        { body: 'Next year.', sessionAt: new Date(Date.now() + 400 * 86_400_000).toISOString() },
        /future/,
      ],
      [{ body: 'Long ago.', sessionAt: '1970-01-01T00:00:00Z' }, /past/],
      [
        {
          body: 'Too many links.',
          sessionAt: daysAgo(1),
          assignmentIds: Array.from({ length: LIMITS.noteLinksMax + 1 }, () => morganAssignment),
        },
        /at most/,
      ],
      [
        {
          body: 'Not this couple.',
          sessionAt: daysAgo(1),
          checkinIds: ['00000000-0000-4000-8000-000000000000'],
        },
        /check-in/,
      ],
    ];
    for (const [input, message] of cases) {
      const result = await write(maya, input);
      expect({ code: codeOf(result), status: result.status < 500 }).toEqual({
        code: 'BAD_USER_INPUT',
        status: true,
      });
      expect(result.errors![0].message).toMatch(message);
    }
    const note = await newNote('Short and fine.');
    const hugeEdit = await graphql(maya, EDIT, {
      id: note.id,
      v: 1,
      input: { body: 'z'.repeat(LIMITS.sessionNoteMaxLength + 1), sessionAt: daysAgo(1) },
    });
    expect(codeOf(hugeEdit)).toBe('BAD_USER_INPUT');
    const hugeReason = await graphql(maya, RETRACT, {
      id: note.id,
      reason: 'r'.repeat(LIMITS.noteRetractionReasonMaxLength + 1),
    });
    expect(codeOf(hugeReason)).toBe('BAD_USER_INPUT');
    expect([await notes(), await versions()]).toEqual([notesBefore + 1, versionsBefore + 1]);
    expect(
      (await owner.query('SELECT retracted_at FROM session_note WHERE id = $1', [note.id])).rows[0]
        .retracted_at,
    ).toBeNull();
  });

  it('interleaves notes, assignments, submissions and check-ins newest first, in pages, in a bounded number of statements', async () => {
    const checkins = (
      await owner.query(
        `SELECT id, submitted_at FROM checkin WHERE couple_id = $1 AND submitted_at IS NOT NULL
          ORDER BY submitted_at DESC LIMIT 2`,
        [morgan],
      )
    ).rows;
    // A note dated between the two latest check-ins sits between them.
    const between = new Date(
      (checkins[0].submitted_at.getTime() + checkins[1].submitted_at.getTime()) / 2,
    );
    const note = await newNote('Between two check-ins.', between.toISOString());

    const runner = jest.requireActual('typeorm/driver/postgres/PostgresQueryRunner.js') as {
      PostgresQueryRunner: { prototype: PostgresQueryRunner };
    };
    const spy = jest.spyOn(runner.PostgresQueryRunner.prototype, 'query');
    type Page = {
      coupleTimeline: {
        totalCount: number;
        items: Array<{ __typename: string; id: string; at: string }>;
      };
    };
    let first: Page['coupleTimeline'];
    let statements: number;
    try {
      const result = await graphql<Page>(maya, TIMELINE, {
        coupleId: morgan,
        limit: 100,
        offset: 0,
      });
      expect(result.errors).toBeUndefined();
      first = result.data!.coupleTimeline;
      statements = spy.mock.calls.length;
    } finally {
      spy.mockRestore();
    }
    // Set-up, access check, the page, the notes on it and their links, audit, commit.
    expect(statements).toBeLessThanOrEqual(9);
    const times = first.items.map((item) => new Date(item.at).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(first.items.map((item) => item.__typename))).toEqual(
      new Set([
        'NoteTimelineEntry',
        'AssignmentTimelineEntry',
        'SubmissionTimelineEntry',
        'CheckinTimelineEntry',
      ]),
    );
    const position = (id: string) => first.items.findIndex((item) => item.id === id);
    expect(position(checkins[0].id)).toBeLessThan(position(note.id));
    expect(position(note.id)).toBeLessThan(position(checkins[1].id));
    const noteEntry = first.items[position(note.id)] as unknown as { note: { body: string } };
    expect(noteEntry.note.body).toBe('Between two check-ins.');

    // Pages add up to the same order.
    const second = await graphql<Page>(maya, TIMELINE, { coupleId: morgan, limit: 3, offset: 3 });
    expect(second.data!.coupleTimeline.items.map((item) => item.id)).toEqual(
      first.items.slice(3, 6).map((item) => item.id),
    );
    expect(second.data!.coupleTimeline.totalCount).toBe(first.totalCount);
    const tooMany = await graphql(maya, TIMELINE, {
      coupleId: morgan,
      limit: LIMITS.timelinePageMax + 1,
      offset: 0,
    });
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
  });
});
