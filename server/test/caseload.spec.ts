import { Client } from 'pg';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { graphql, signIn, startTestApp, TestApp } from './app';

const CASELOAD = `query ($sort: CaseloadSort, $flaggedOnly: Boolean, $search: String, $limit: Int) {
  caseload(sort: $sort, flaggedOnly: $flaggedOnly, search: $search, limit: $limit) {
    totalCount bandCouples bandCouplesNeeded
    items {
      name indexChange overdueCount lastActivityAt
      flags { kind reason }
      progress { displayName baselineIndex latestIndex rci status latestCodependenceRisk }
    }
  }
}`;

interface Caseload {
  caseload: {
    totalCount: number;
    bandCouples: number;
    items: Array<{
      name: string;
      indexChange: number | null;
      flags: Array<{ kind: string; reason: string }>;
      progress: Array<{ displayName: string; status: string | null; rci: number | null }>;
    }>;
  };
}

interface Path {
  /** Index at baseline and latest for partner A and B, and A's latest codependence risk. */
  a: [number, number];
  b: [number, number];
  risk?: number;
  weeks?: number;
  overdueExercise?: boolean;
  missedCheckin?: boolean;
}

const EMAIL = 'caseload.counselor@riverbend.example';

describe('caseload: progress, flags and a bounded number of statements', () => {
  let test: TestApp;
  let owner: Client;
  let clinic: string;
  let counselor: string;
  let made = 0;

  /** A couple of the test counselor whose partners' index went from baseline to latest. */
  async function couple(name: string, path: Path) {
    const q = async (sql: string, params: unknown[]) =>
      (await owner.query(sql, params)).rows[0]?.id as string;
    const people: string[] = [];
    for (const who of ['One', 'Two']) {
      people.push(
        await q(
          `INSERT INTO app_user (clinic_id, email, display_name, role, password_hash, version)
           VALUES ($1, $2, $3, 'CLIENT', 'x', 1) RETURNING id`,
          [clinic, `c${made}.${who.toLowerCase()}@caseload.example`, `${name} ${who}`],
        ),
      );
    }
    made++;
    const coupleId = await q(
      `INSERT INTO couple (clinic_id, name, in_care_since, version) VALUES ($1, $2, now() - interval '20 weeks', 1) RETURNING id`,
      [clinic, name],
    );
    for (const person of people) {
      await owner.query(
        'INSERT INTO couple_partner (couple_id, client_id, clinic_id) VALUES ($1, $2, $3)',
        [coupleId, person, clinic],
      );
    }
    await owner.query(
      'INSERT INTO care_team_member (couple_id, counselor_id, clinic_id, is_primary) VALUES ($1, $2, $3, true)',
      [coupleId, counselor, clinic],
    );
    const schedule = await q(
      `INSERT INTO checkin_schedule (clinic_id, couple_id, form, every_weeks, created_by) VALUES ($1, $2, 'FULL', 4, $3) RETURNING id`,
      [clinic, coupleId, counselor],
    );
    const weeks = path.weeks ?? 12;
    for (const [person, [baseline, latest], risk] of [
      [people[0], path.a, path.risk ?? 30],
      [people[1], path.b, 30],
    ] as Array<[string, [number, number], number]>) {
      for (const [score, weeksAgo, codependence] of [
        [baseline, weeks + 1, 30],
        [latest, 1, risk],
      ]) {
        const checkin = await q(
          `INSERT INTO checkin (clinic_id, schedule_id, couple_id, client_id, form, instrument_version, due_at, submitted_at)
           VALUES ($1, $2, $3, $4, 'FULL', 1, now() - make_interval(weeks => $5), now() - make_interval(weeks => $5)) RETURNING id`,
          [clinic, schedule, coupleId, person, weeksAgo],
        );
        await owner.query(
          `INSERT INTO checkin_score (checkin_id, key, clinic_id, couple_id, client_id, score, taken_at)
           SELECT $1, k.key::score_key, $2, $3, $4, k.score, now() - make_interval(weeks => $5)
             FROM (VALUES ('INDEX', $6::numeric), ('CODEPENDENCE_RISK', $7::numeric)) AS k(key, score)`,
          [checkin, clinic, coupleId, person, weeksAgo, score, codependence],
        );
      }
    }
    if (path.missedCheckin) {
      await owner.query(
        `INSERT INTO checkin (clinic_id, schedule_id, couple_id, client_id, form, instrument_version, due_at)
         VALUES ($1, $2, $3, $4, 'FULL', 1, now() - interval '2 days')`,
        [clinic, schedule, coupleId, people[0]],
      );
    }
    if (path.overdueExercise) {
      const assignment = await q(
        `INSERT INTO assignment (clinic_id, couple_id, exercise_version_id, assigned_by)
         SELECT $1, $2, v.id, $3 FROM exercise e JOIN exercise_version v ON v.exercise_id = e.id
          WHERE e.slug = 'values-inventory' RETURNING id`,
        [clinic, coupleId, counselor],
      );
      await owner.query(
        `INSERT INTO assignment_occurrence (clinic_id, assignment_id, sequence, due_at) VALUES ($1, $2, 1, now() - interval '3 days')`,
        [clinic, assignment],
      );
    }
  }

  /** Statements the caseload query runs, counted at the query runner. */
  async function statementsFor(agent: ReturnType<TestApp['browser']>) {
    const runner = jest.requireActual('typeorm/driver/postgres/PostgresQueryRunner.js') as {
      PostgresQueryRunner: { prototype: PostgresQueryRunner };
    };
    const spy = jest.spyOn(runner.PostgresQueryRunner.prototype, 'query');
    try {
      const result = await graphql<Caseload>(agent, CASELOAD, { limit: 10 });
      expect(result.errors).toBeUndefined();
      return spy.mock.calls.length;
    } finally {
      spy.mockRestore();
    }
  }

  beforeAll(async () => {
    test = await startTestApp();
    owner = new Client({ connectionString: test.database.ownerUrl });
    await owner.connect();
    clinic = (await owner.query("SELECT id FROM clinic WHERE name = 'Riverbend Counseling'"))
      .rows[0].id;
    counselor = (
      await owner.query(
        `INSERT INTO app_user (clinic_id, email, display_name, role, password_hash, version)
         SELECT $1, $2, 'Casey Caseload', 'COUNSELOR', password_hash, 1 FROM app_user WHERE email = 'maya.okafor@riverbend.example'
         RETURNING id`,
        [clinic, EMAIL],
      )
    ).rows[0].id;
    await couple('Deteriorating', { a: [60, 40], b: [55, 57] });
    await couple('Risky', { a: [50, 62], b: [52, 64], risk: 72 });
    await couple('Apart', { a: [50, 75], b: [50, 48] });
    await couple('Quiet', { a: [50, 62], b: [50, 62], overdueExercise: true });
    await couple('Missed', { a: [50, 62], b: [50, 61], missedCheckin: true });
    await couple('Slow', { a: [50, 49], b: [50, 50] });
    for (let n = 0; n < 5; n++) await couple(`Steady ${n}`, { a: [50, 60], b: [50, 61] });
  });
  afterAll(async () => {
    await owner.end();
    await test.close();
  });

  it('shows each kind of flag with its reason, most in need of attention first', async () => {
    const agent = test.browser();
    await signIn(agent, EMAIL);
    const result = await graphql<Caseload>(agent, CASELOAD, { limit: 50 });
    const byName = new Map(result.data!.caseload.items.map((item) => [item.name, item]));
    const kinds = (name: string) => byName.get(name)!.flags.map((flag) => flag.kind);
    expect(kinds('Deteriorating')).toContain('RELIABLE_DETERIORATION');
    expect(byName.get('Deteriorating')!.progress[0]).toMatchObject({ status: 'DETERIORATED' });
    expect(kinds('Risky')).toEqual(['HIGH_CODEPENDENCE_RISK']);
    expect(kinds('Apart')).toEqual(['LARGE_PARTNER_GAP']);
    expect(kinds('Quiet')).toEqual(['DISENGAGED']);
    expect(byName.get('Quiet')!.flags[0].reason).toMatch(/^2 overdue exercises/);
    expect(kinds('Missed')).toEqual(['CHECKIN_DUE']);
    expect(kinds('Steady 0')).toEqual([]);
    // Ten other couples with a baseline: the band can be learned, and "Slow" falls below it.
    expect(result.data!.caseload.bandCouples).toBe(11);
    expect(kinds('Slow')).toEqual(['NOT_ON_TRACK']);
    expect(byName.get('Slow')!.flags[0].reason).toMatch(/below the clinic's expected band/);
    // Flagged couples come first.
    const order = result.data!.caseload.items.map((item) => item.flags.length);
    expect([...order].sort((a, b) => b - a)).toEqual(order);

    const flagged = await graphql<Caseload>(agent, CASELOAD, { flaggedOnly: true, limit: 50 });
    expect(flagged.data!.caseload.totalCount).toBe(6);
    const searched = await graphql<Caseload>(agent, CASELOAD, { search: 'apart', limit: 50 });
    expect(searched.data!.caseload.items.map((item) => item.name)).toEqual(['Apart']);
    const byChange = await graphql<Caseload>(agent, CASELOAD, { sort: 'INDEX_CHANGE', limit: 50 });
    const changes = byChange.data!.caseload.items.map((item) => item.indexChange!);
    expect([...changes].sort((a, b) => a - b)).toEqual(changes);
  });

  it('costs the same number of statements for 10 couples and for 200', async () => {
    const agent = test.browser();
    await signIn(agent, EMAIL);
    const forTen = await statementsFor(agent);
    for (let n = 0; n < 189; n++)
      await couple(`Many ${n}`, { a: [50, 55 + (n % 10)], b: [50, 54] });
    const forTwoHundred = await statementsFor(agent);
    expect(forTen).toBeGreaterThan(2);
    expect(forTwoHundred).toBe(forTen);
    const all = await graphql<Caseload>(agent, CASELOAD, { limit: 200 });
    expect(all.data!.caseload.totalCount).toBe(200);
  });
});
