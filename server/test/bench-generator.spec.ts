import {
  answerProblems,
  CHECKIN_INSTRUMENT,
  checkinAnswerProblems,
  CheckinForm,
  isStraightLined,
  type ItemAnswer,
  scoreCheckin,
} from '@tandem/shared';
import { Client } from 'pg';
import {
  ASSIGNMENT_EVERY_DAYS,
  BENCH_CLIENT_EMAIL,
  BENCH_CLIENT_OPEN_TODOS,
  BENCH_PASSWORD,
  benchCounselorEmail,
  CHECKIN_EVERY_WEEKS,
  expectedCounts,
  FUTURE_CHECKINS,
  generateNetwork,
  type NetworkSummary,
  type Scale,
} from '../../bench/src/generate';
import { PasswordHasher } from '../src/auth/password-hasher';
import { createTestDatabase, TestDatabase } from './database';

/** Small enough for a test; only the 10-couple named counselor fits in 40 couples. */
const TINY: Scale = { clinics: 1, counselors: 4, couples: 40, months: 3, seed: 7 };
const TABLES = [
  'clinic',
  'app_user',
  'couple',
  'couple_partner',
  'care_team_member',
  'checkin_schedule',
  'checkin',
  'checkin_score',
  'assignment',
  'assignment_occurrence',
  'submission',
  'submission_comment',
  'notification',
];

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function countRows(url: string) {
  return withClient(url, async (client) => {
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM ${table}`);
      counts[table] = rows[0].n;
    }
    return counts;
  });
}

/** Everything a run produced that does not depend on when it ran (ids, scores, answers). */
async function fingerprint(url: string) {
  return withClient(url, async (client) => {
    const { rows } = await client.query(`
      SELECT (SELECT sum(score)::text FROM checkin_score) AS "scoreSum",
             (SELECT md5(string_agg(concat_ws(':', checkin_id, form, key, instrument_version, score, taken_at), ','
                                    ORDER BY checkin_id, form, key))
                FROM checkin_score) AS scores,
             (SELECT md5(string_agg(concat_ws(':', id, answers, submitted_at), ',' ORDER BY id)) FROM checkin) AS checkins,
             (SELECT md5(string_agg(concat_ws(':', id, status, client_id, answers), ',' ORDER BY id))
                FROM submission) AS submissions,
             (SELECT md5(string_agg(concat_ws(':', id, email, display_name), ',' ORDER BY email)) FROM app_user) AS users`);
    return rows[0];
  });
}

describe('bench network generator', () => {
  const now = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
  let first: TestDatabase;
  let second: TestDatabase;
  let summary: NetworkSummary;
  let passwordHash: string;

  beforeAll(async () => {
    [first, second] = await Promise.all([
      createTestDatabase({ demo: false }),
      createTestDatabase({ demo: false }),
    ]);
    passwordHash = await new PasswordHasher().hash(BENCH_PASSWORD);
    summary = await generateNetwork(first.ownerUrl, TINY, () => undefined, { passwordHash, now });
  });
  afterAll(async () => {
    await Promise.all([first?.drop(), second?.drop()]);
  });

  it('makes the rows the scale says, and reports what it made', async () => {
    const counts = await countRows(first.ownerUrl);
    expect(counts).toMatchObject(expectedCounts(TINY));
    for (const table of TABLES)
      expect({ table, rows: summary.counts[table] }).toEqual({ table, rows: counts[table] });
    // Seven scores (six dimensions and the index) on each form: FULL and PULSE.
    expect(counts.checkin_score).toBe(2 * 7 * (await submittedCheckins(first.ownerUrl)));
    expect(counts.checkin_score).toBeGreaterThan(0);
    expect(counts.submission).toBeGreaterThan(0);

    await withClient(first.ownerUrl, async (client) => {
      // Every client: check-ins every three weeks from three days into care, and a few ahead.
      const { rows: badCheckins } = await client.query(
        `WITH k AS (
           SELECT k.client_id, c.in_care_since, count(*)::int AS n,
                  count(*) FILTER (WHERE k.due_at > $1)::int AS ahead, min(k.due_at) AS first_due,
                  min(k.due_at) FILTER (WHERE k.due_at > $1) AS next_due
             FROM checkin k JOIN couple c ON c.id = k.couple_id
            GROUP BY k.client_id, c.in_care_since)
         SELECT client_id FROM k
          WHERE ahead <> $2 OR first_due < in_care_since + interval '3 days'
             OR n <> $2 + floor(extract(epoch FROM next_due - in_care_since - interval '3 days') / 3600 / $3)`,
        [now, FUTURE_CHECKINS, CHECKIN_EVERY_WEEKS * 7 * 24],
      );
      expect(badCheckins).toEqual([]);
      const { rows: spacing } = await client.query(
        `SELECT count(DISTINCT client_id)::int AS clients,
                array_agg(DISTINCT gap) FILTER (WHERE gap IS NOT NULL) AS gaps
           FROM (SELECT client_id, extract(epoch FROM due_at - lag(due_at)
                          OVER (PARTITION BY client_id ORDER BY due_at))::int / 3600 AS gap
                   FROM checkin) k`,
      );
      expect(spacing[0]).toEqual({
        clients: 2 * TINY.couples,
        gaps: [CHECKIN_EVERY_WEEKS * 7 * 24],
      });

      // An assignment every three weeks since two days into care; the bench couple has extras.
      const { rows: badAssignments } = await client.query(
        `SELECT c.id FROM couple c
          WHERE (SELECT count(*) FROM assignment a WHERE a.couple_id = c.id)
             <> floor((extract(epoch FROM $1 - c.in_care_since) / 3600 - 49) / $2) + 1
                + CASE WHEN c.id = $3 THEN $4 ELSE 0 END`,
        [now, ASSIGNMENT_EVERY_DAYS * 24, summary.benchClient.coupleId, BENCH_CLIENT_OPEN_TODOS],
      );
      expect(badAssignments).toEqual([]);
      const [{ early }] = (
        await client.query(
          `SELECT count(*)::int AS early FROM submission s JOIN assignment_occurrence o ON o.id = s.occurrence_id
            WHERE s.status = 'SUBMITTED' AND (o.due_at > $1 OR s.submitted_at > $1)`,
          [now],
        )
      ).rows;
      expect(early).toBe(0);
    });
  });

  it('gives every couple two partners and a primary counselor of its clinic', async () => {
    await withClient(first.ownerUrl, async (client) => {
      const { rows } = await client.query(`
        SELECT c.id,
               (SELECT count(*) FROM couple_partner p JOIN app_user u ON u.id = p.client_id
                 WHERE p.couple_id = c.id AND p.left_at IS NULL AND u.role = 'CLIENT') AS partners,
               (SELECT count(*) FROM care_team_member t JOIN app_user u ON u.id = t.counselor_id
                 WHERE t.couple_id = c.id AND t.is_primary AND u.role = 'COUNSELOR'
                   AND u.clinic_id = c.clinic_id) AS primaries
          FROM couple c`);
      expect(rows).toHaveLength(TINY.couples);
      expect(
        rows.filter((row) => Number(row.partners) !== 2 || Number(row.primaries) !== 1),
      ).toEqual([]);
      const { rows: admins } = await client.query(
        `SELECT clinic_id FROM app_user WHERE role = 'ADMIN' GROUP BY clinic_id HAVING count(*) = 1`,
      );
      expect(admins).toHaveLength(TINY.clinics);
    });
  });

  it('scores check-ins as the server does: INDEX is the mean of the five positive scores', async () => {
    await withClient(first.ownerUrl, async (client) => {
      const { rows } = await client.query(`
        SELECT k.answers, k.straight_lined AS "straightLined",
               json_object_agg(s.key, s.score) FILTER (WHERE s.form = 'FULL') AS scores,
               json_object_agg(s.key, s.score) FILTER (WHERE s.form = 'PULSE') AS pulse,
               array_agg(DISTINCT s.instrument_version) AS versions
          FROM checkin k JOIN checkin_score s ON s.checkin_id = k.id
         WHERE k.id IN (SELECT id FROM checkin WHERE submitted_at IS NOT NULL ORDER BY id LIMIT 25)
         GROUP BY k.id, k.answers, k.straight_lined`);
      expect(rows).toHaveLength(25);
      const numbers = (scores: Record<string, string>) =>
        Object.fromEntries(Object.entries(scores).map(([key, value]) => [key, Number(value)]));
      const pulseKeys = new Set(
        CHECKIN_INSTRUMENT.items.filter((item) => item.pulse).map((item) => item.key),
      );
      for (const row of rows) {
        const answers = row.answers as ItemAnswer[];
        // A complete response to the current version, safety statements included.
        expect(
          checkinAnswerProblems(CHECKIN_INSTRUMENT, CheckinForm.FULL, answers, { complete: true }),
        ).toEqual([]);
        expect(row.versions).toEqual([CHECKIN_INSTRUMENT.version]);
        expect(row.straightLined).toBe(
          isStraightLined(CHECKIN_INSTRUMENT, CheckinForm.FULL, answers),
        );
        const pulse = scoreCheckin(
          CHECKIN_INSTRUMENT,
          CheckinForm.PULSE,
          answers.filter((answer) => pulseKeys.has(answer.itemKey)),
        );
        expect(numbers(row.pulse)).toEqual({ ...pulse.dimensions, INDEX: pulse.index });
        const scores = numbers(row.scores);
        const positives = [
          scores.COMMUNICATION,
          scores.EQUALITY,
          scores.GROWTH,
          scores.COMMITMENT,
          scores.PERSONAL_SPACE,
        ];
        expect(scores.INDEX).toBeCloseTo(positives.reduce((a, b) => a + b, 0) / 5, 1);
        const expected = scoreCheckin(CHECKIN_INSTRUMENT, CheckinForm.FULL, answers);
        expect(scores).toEqual({ ...expected.dimensions, INDEX: expected.index });
      }
      const { rows: ranges } = await client.query(
        `SELECT min(score)::float AS low, max(score)::float AS high FROM checkin_score`,
      );
      expect(ranges[0].low).toBeGreaterThanOrEqual(0);
      expect(ranges[0].high).toBeLessThanOrEqual(100);
    });
  });

  it('writes submissions that their exercise accepts as complete', async () => {
    await withClient(first.ownerUrl, async (client) => {
      const { rows } = await client.query(`
        SELECT DISTINCT v.prompts, s.answers FROM submission s
          JOIN assignment_occurrence o ON o.id = s.occurrence_id
          JOIN assignment a ON a.id = o.assignment_id
          JOIN exercise_version v ON v.id = a.exercise_version_id`);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(answerProblems(row.prompts, row.answers, { complete: true })).toEqual([]);
      }
    });
  });

  it('makes the named users: a counselor with exactly 10 couples, and the bench client', async () => {
    expect(summary.benchCounselors.map((c) => c.couples)).toEqual([10]);
    await withClient(first.ownerUrl, async (client) => {
      const { rows: caseloads } = await client.query(
        `SELECT u.email, count(t.couple_id) FILTER (WHERE t.is_primary)::int AS couples
           FROM app_user u LEFT JOIN care_team_member t ON t.counselor_id = u.id
          WHERE u.email LIKE 'bench.counselor.%' GROUP BY u.email`,
      );
      expect(caseloads).toEqual([{ email: benchCounselorEmail(10), couples: 10 }]);

      const { rows: users } = await client.query(
        `SELECT u.id, u.password_hash, p.couple_id, cu.email AS counselor
           FROM app_user u
           JOIN couple_partner p ON p.client_id = u.id AND p.left_at IS NULL
           JOIN care_team_member t ON t.couple_id = p.couple_id AND t.is_primary
           JOIN app_user cu ON cu.id = t.counselor_id
          WHERE u.email = $1`,
        [BENCH_CLIENT_EMAIL],
      );
      expect(users).toHaveLength(1);
      expect(users[0]).toMatchObject({
        id: summary.benchClient.id,
        couple_id: summary.benchClient.coupleId,
        counselor: benchCounselorEmail(10),
      });
      expect(await new PasswordHasher().verify(users[0].password_hash, BENCH_PASSWORD)).toBe(true);

      // The full history, one check-in open now, and open to-dos due in the coming days.
      const [checkins] = (
        await client.query(
          `SELECT count(*) FILTER (WHERE submitted_at IS NOT NULL)::int AS taken,
                  count(*) FILTER (WHERE submitted_at IS NULL AND due_at - interval '3 days' <= $2)::int AS open,
                  min(due_at) AS first
             FROM checkin WHERE client_id = $1`,
          [users[0].id, now],
        )
      ).rows;
      expect(checkins.open).toBe(1);
      expect(checkins.taken).toBeGreaterThanOrEqual(4);
      expect(now.getTime() - checkins.first.getTime()).toBeGreaterThan(
        (TINY.months - 1) * 30 * 86_400_000,
      );
      const { rows: todos } = await client.query(
        `SELECT o.due_at FROM assignment_occurrence o JOIN assignment a ON a.id = o.assignment_id
           JOIN exercise_version v ON v.id = a.exercise_version_id
          WHERE a.couple_id = $2 AND (a.client_id IS NULL OR a.client_id = $1) AND o.closed_at IS NULL
            AND o.due_at > $3 AND o.due_at < $3 + interval '7 days'
            AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.occurrence_id = o.id AND s.status = 'SUBMITTED'
                              AND (s.client_id = $1 OR (v.mode = 'JOINT' AND s.client_id IS NULL)))`,
        [users[0].id, users[0].couple_id, now],
      );
      expect(todos.length).toBeGreaterThanOrEqual(BENCH_CLIENT_OPEN_TODOS);
    });
  });

  it('is reproducible: the same seed gives the same network, and refuses to load twice', async () => {
    await generateNetwork(second.ownerUrl, TINY, () => undefined, { passwordHash, now });
    const [a, b] = await Promise.all([fingerprint(first.ownerUrl), fingerprint(second.ownerUrl)]);
    expect(Number(a.scoreSum)).toBeGreaterThan(0);
    expect(b).toEqual(a);
    await expect(
      generateNetwork(second.ownerUrl, TINY, () => undefined, { passwordHash, now }),
    ).rejects.toThrow(/already has a bench network/);
  });
});

async function submittedCheckins(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM checkin WHERE submitted_at IS NOT NULL`,
    );
    return rows[0].n;
  });
}
