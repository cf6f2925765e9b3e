import type { DataSource, EntityManager } from 'typeorm';
import { type DemoCouple, seedDemoClinicsOnce } from './demo-couples';

const DAY = 86_400_000;
/** Sessions every three weeks, the latest a few days ago. */
const SESSION_EVERY = 21 * DAY;
const NOTES_MAX = 5;

type Names = { a: string; b: string };

const OPENING = ({
  a,
  b,
}: Names) => `First joint session. ${a} and ${b} describe the last year as "running on autopilot": practical, kind, but rarely curious about each other.

Goals we agreed on:

- one unhurried conversation a week, phones away
- each keeps one evening that is theirs alone
- notice when a "yes" is really a "whatever keeps the peace"

Explained the check-ins and that nobody sees the other's answers unless they choose to share.`;

const MIDDLE: Array<(names: Names) => string> = [
  ({
    a,
    b,
  }) => `Went through the **values inventory** together. Strong overlap on family and honesty; ${a} puts more weight on security, ${b} on trying new things.

Practised reflecting back before answering. ${b} found it slow at first, then said it was the first time in weeks they did not talk over each other.`,
  ({
    a,
    b,
  }) => `Focus on saying no. ${a} noticed agreeing to plans mostly to avoid a sulk later; ${b} said a clear no is easier to live with than a reluctant yes.

Homework: each names one small no this week and says it out loud, kindly.`,
  ({
    a,
    b,
  }) => `Talked about friends and time apart. Both want more of it and neither wanted to be the first to ask, in case it sounded like "I need a break from you".

${a} will restart the Thursday climbing group; ${b} is calling an old friend this weekend. Check how the first week apart feels.`,
];

const LATEST: Record<string, (names: Names) => string> = {
  improving: ({
    a,
    b,
  }) => `Good session: ${a} and ${b} planned the coming month themselves and I mostly listened. Their check-ins show the same — the index is up for both and the gap is small.

Next: spread sessions to every three weeks and keep the weekly conversation going on their own.`,
  relapse: ({
    a,
    b,
  }) => `${b} had a hard three weeks: a crisis at work and little sleep. The check-in shows it: after months of steady gains ${b}'s index fell back (still above where they started), while ${a} keeps improving.

Named it as a setback rather than a failure. Back to the weekly conversation that had worked; look again at the next full check-in.`,
  deteriorating: ({
    a,
    b,
  }) => `Tense session after a hard week. ${b} feels unsupported with the work situation; ${a} feels blamed for things outside their control.

Scores have dropped since the last check-in (reliable change for ${b}). Keeping sessions weekly for now; revisit the support plan and ask about sleep next time.`,
  diverging: ({
    a,
    b,
  }) => `The partners describe the same month very differently: ${a} feels closer than ever, ${b} feels overlooked. The check-in gap says the same.

Used structured turn-taking: ten minutes each, the listener only summarises. ${b} asked for the exercise at home too.`,
  codependent: ({
    a,
    b,
  }) => `${b} talks about checking ${a}'s mood before deciding anything, even small things like what to cook. Codependence risk is still the highest score.

Started work on sources of self-worth outside the relationship. ${a} was supportive but also relieved — worth exploring next session.`,
  flat: ({
    a,
    b,
  }) => `Steady session without much movement. ${a} and ${b} are polite with each other but cautious; scores have hardly changed in months.

Asked what each would like to be different in six months. Both struggled to answer — give them the question to take home.`,
  quiet: ({
    a,
    b,
  }) => `${a} and ${b} came to the session but have not opened Tandem for a while; both say work has taken over. Their last check-ins were good: both have improved since they started.

Agreed to keep the weekly conversation going even if the app waits. Call them if another week passes without a word.`,
  slow: ({
    a,
    b,
  }) => `Small steps forward. ${a} and ${b} kept their weekly conversation three weeks in a row, which is new.

The index is creeping up. Reminded them that slow change is still change; next time look at how they share chores.`,
};

/** Matches demo-stories.ts: what each family's check-ins say. Names: "a & b Family". */
const PATH_OF_FAMILY: Record<string, string> = {
  Morgan: 'relapse',
  Bennett: 'deteriorating',
  Nguyen: 'diverging',
  Castillo: 'codependent',
  Haddad: 'flat',
  Silva: 'quiet',
  Adeyemi: 'slow',
  Patel: 'improving',
  Fischer: 'flat',
  Okonkwo: 'improving',
  Yamamoto: 'diverging',
  Kowalski: 'improving',
  Larsen: 'improving',
};

/**
 * A few session notes per demo couple, at sessions every three weeks since they entered care,
 * linked to the exercise given and the check-in taken just before: so the timeline reads like
 * real care. The demo counselor's first couple has an edited note (a history to look at), the
 * second one a retracted note. Runs once, after the exercises and check-ins.
 */
export async function seedDemoNotes(owner: DataSource, log: (line: string) => void) {
  await seedDemoClinicsOnce(
    owner,
    log,
    { marker: 'session_note', history: 'session notes' },
    seedCouple,
  );
}

async function seedCouple(manager: EntityManager, clinicId: string, couple: DemoCouple, n: number) {
  const [pair, family = ''] = couple.name.split(/ (?=\S+$)/);
  const [a, b] = pair.split(' & ');
  const names = { a, b };
  const now = Date.now();
  const sessions: number[] = [];
  for (let at = new Date(couple.since).getTime() + 2 * DAY; at < now - 2 * DAY; at += SESSION_EVERY)
    sessions.push(at);
  const shown = [sessions[0], ...sessions.slice(1).slice(-(NOTES_MAX - 1))].filter(
    (at) => at !== undefined,
  );
  const bodies = shown.map((_, k) =>
    k === 0
      ? OPENING(names)
      : k === shown.length - 1
        ? LATEST[PATH_OF_FAMILY[family] ?? 'slow'](names)
        : MIDDLE[(k - 1) % MIDDLE.length](names),
  );
  const noteIds: string[] = [];
  let latestLinks = { assignmentIds: [] as string[], checkinIds: [] as string[] };
  for (const [k, at] of shown.entries()) {
    const sessionAt = new Date(at);
    const [links] = await manager.query<
      [{ assignmentIds: string[] | null; checkinIds: string[] | null }]
    >(
      `SELECT (SELECT array_agg(id) FROM (SELECT id FROM assignment WHERE couple_id = $1 AND created_at <= $2
                ORDER BY created_at DESC LIMIT 1) x) AS "assignmentIds",
              (SELECT array_agg(id) FROM (SELECT id FROM checkin WHERE couple_id = $1 AND submitted_at <= $2
                ORDER BY submitted_at DESC LIMIT 1) y) AS "checkinIds"`,
      [couple.id, sessionAt],
    );
    const writtenAt = new Date(at + 3 * 3_600_000);
    const [{ id }] = await manager.query<[{ id: string }]>(
      `INSERT INTO session_note (clinic_id, couple_id, author_id, current_version, created_at)
       VALUES ($1, $2, $3, 1, $4) RETURNING id`,
      [clinicId, couple.id, couple.counselorId, writtenAt],
    );
    latestLinks = {
      assignmentIds: links.assignmentIds ?? [],
      checkinIds: links.checkinIds ?? [],
    };
    await insertVersion(manager, clinicId, couple, id, 1, {
      sessionAt,
      body: bodies[k],
      ...latestLinks,
      editedAt: writtenAt,
    });
    noteIds.push(id);
  }
  const latest = noteIds.at(-1);
  if (n === 0 && latest && shown.length > 0) {
    // The counselor came back the next day to add a thought: a second version.
    const at = shown[shown.length - 1];
    await manager.query('UPDATE session_note SET current_version = 2 WHERE id = $1', [latest]);
    await insertVersion(manager, clinicId, couple, latest, 2, {
      sessionAt: new Date(at),
      body: `${bodies[bodies.length - 1]}\n\n_Added the next day:_ ask about the holidays with ${b}'s family; it came up twice in passing.`,
      ...latestLinks,
      editedAt: new Date(at + DAY),
    });
  }
  if (n === 1 && shown.length > 1) {
    const at = shown[shown.length - 1] - 7 * DAY;
    const [{ id }] = await manager.query<[{ id: string }]>(
      `INSERT INTO session_note (clinic_id, couple_id, author_id, current_version, created_at,
              retracted_at, retracted_by, retraction_reason)
       VALUES ($1, $2, $3, 1, $4, $5, $3, 'Written on the wrong couple by mistake; moved to the right record.')
       RETURNING id`,
      [clinicId, couple.id, couple.counselorId, new Date(at), new Date(at + 2 * 3_600_000)],
    );
    await insertVersion(manager, clinicId, couple, id, 1, {
      sessionAt: new Date(at),
      body: 'Phone call about rescheduling; both prefer evenings.',
      assignmentIds: [],
      checkinIds: [],
      editedAt: new Date(at),
    });
  }
}

async function insertVersion(
  manager: EntityManager,
  clinicId: string,
  couple: DemoCouple,
  noteId: string,
  version: number,
  content: {
    sessionAt: Date;
    body: string;
    assignmentIds: string[];
    checkinIds: string[];
    editedAt: Date;
  },
) {
  await manager.query(
    `INSERT INTO session_note_version (note_id, clinic_id, version, session_at, body, assignment_ids,
            checkin_ids, edited_by, edited_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      noteId,
      clinicId,
      version,
      content.sessionAt,
      content.body,
      content.assignmentIds,
      content.checkinIds,
      couple.counselorId,
      content.editedAt,
    ],
  );
}
