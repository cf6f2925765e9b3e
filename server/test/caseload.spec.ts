import { Client } from 'pg';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { graphql, signIn, startTestApp, TestApp } from './app';
import { MeasurementFixtures } from './measurement-fixtures';

const CASELOAD = `query ($sort: CaseloadSort, $flaggedOnly: Boolean, $search: String, $limit: Int) {
  caseload(sort: $sort, flaggedOnly: $flaggedOnly, search: $search, limit: $limit) {
    totalCount expectedChangeEpisodes expectedChangeCouplesNeeded
    references { key form instrumentVersion reliability reliabilitySource sd }
    items {
      id name indexChange overdueCount overdueCheckinCount openSafetyAlerts episodeNumber
      flags { kind reason }
      progress {
        clientId displayName latestCodependenceRisk latestStraightLined
        index { ...S } pulseIndex { ...S }
        expected { low median couples partners intakeBand weeks }
      }
    }
  }
}
fragment S on SeriesProgress {
  form instrumentVersion
  baseline { score } previous { score } latest { score }
  sinceBaseline { points rci reliable status } sincePrevious { points rci reliable status }
}`;

interface Change {
  points: number;
  rci: number;
  reliable: boolean;
  status: string;
}
interface Series {
  form: string;
  baseline: { score: number } | null;
  previous: { score: number } | null;
  latest: { score: number } | null;
  sinceBaseline: Change | null;
  sincePrevious: Change | null;
}
interface Partner {
  clientId: string;
  displayName: string;
  latestCodependenceRisk: number | null;
  latestStraightLined: boolean;
  index: Series;
  pulseIndex: Series;
  expected: { low: number; couples: number; partners: number } | null;
}
interface Couple {
  id: string;
  name: string;
  indexChange: number | null;
  overdueCount: number;
  overdueCheckinCount: number;
  openSafetyAlerts: number;
  episodeNumber: number;
  flags: Array<{ kind: string; reason: string }>;
  progress: Partner[];
}
interface Caseload {
  caseload: {
    totalCount: number;
    expectedChangeEpisodes: number;
    expectedChangeCouplesNeeded: number;
    references: Array<{ key: string; form: string; reliabilitySource: string }>;
    items: Couple[];
  };
}

const COUNSELOR = 'casey.caseload@measurement.example';
const ADMIN = 'ada.admin@measurement.example';
const WEEK = 7;

describe('caseload: episode-scoped progress, flags that mean something, bounded statements', () => {
  let test: TestApp;
  let owner: Client;
  let f: MeasurementFixtures;
  let counselor: string;
  let slow: { id: string; people: string[]; schedule: string };
  let pooled = 0;

  async function caseload(variables: Record<string, unknown> = {}) {
    const agent = test.browser();
    await signIn(agent, COUNSELOR);
    const result = await graphql<Caseload>(agent, CASELOAD, { limit: 200, ...variables });
    expect(result.errors).toBeUndefined();
    return result.data!.caseload;
  }

  async function byName() {
    return new Map((await caseload()).items.map((item) => [item.name, item]));
  }
  const kinds = (couple: Couple | undefined) => couple!.flags.map((flag) => flag.kind);
  const partner = (couple: Couple | undefined, n: number) => couple!.progress[n];

  /**
   * A couple of another care team whose one partner started at 42–48 and gained 20–24 points
   * 12 weeks later: what "on track" is learned from for an intake in the 40–50 band. Each one's
   * follow-up is newer than the last, so the clinic's model is learned again.
   */
  async function pooledCouple() {
    pooled += 1;
    const couple = await f.couple(`Pool ${pooled}`, { counselor: null });
    const followUp = 0.5 - pooled * 0.01;
    await f.series(couple, couple.people[0], [
      [followUp + 12 * WEEK, 42 + (pooled % 7)],
      [followUp, 42 + (pooled % 7) + 20 + (pooled % 5)],
    ]);
  }

  /** Statements one caseload request runs, counted at the query runner (caches warm). */
  async function statementsFor(agent: ReturnType<TestApp['browser']>) {
    const runner = jest.requireActual('typeorm/driver/postgres/PostgresQueryRunner.js') as {
      PostgresQueryRunner: { prototype: PostgresQueryRunner };
    };
    await graphql<Caseload>(agent, CASELOAD, { limit: 10 });
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
    f = new MeasurementFixtures(owner, 'caseload');
    await f.createClinic('Caseload Measurement Clinic');
    counselor = await f.staff(COUNSELOR, 'Casey Caseload', 'COUNSELOR');
    await f.staff(ADMIN, 'Ada Admin', 'ADMIN');
    const mine = { counselor };

    const deteriorating = await f.couple('Deteriorating', mine);
    await f.series(deteriorating, deteriorating.people[0], [
      [13 * WEEK, 60],
      [WEEK, 40],
    ]);
    await f.series(deteriorating, deteriorating.people[1], [
      [13 * WEEK, 55],
      [WEEK, 57],
    ]);

    // Up reliably since baseline (35 → 58), down reliably since the previous check-in (75 → 58).
    const relapse = await f.couple('Relapse', mine);
    await f.series(relapse, relapse.people[0], [
      [13 * WEEK, 35],
      [5 * WEEK, 75],
      [WEEK, 58],
    ]);
    await f.series(relapse, relapse.people[1], [
      [13 * WEEK, 55],
      [WEEK, 57],
    ]);

    const risky = await f.couple('Risky', mine);
    await f.series(
      risky,
      risky.people[0],
      [
        [13 * WEEK, 50],
        [WEEK, 52],
      ],
      { risk: 72 },
    );
    await f.series(risky, risky.people[1], [
      [13 * WEEK, 52],
      [WEEK, 53],
    ]);

    // The same risk from a response giving the same answer to every item raises nothing.
    const straight = await f.couple('Straight', mine);
    await f.series(
      straight,
      straight.people[0],
      [
        [13 * WEEK, 50],
        [WEEK, 52],
      ],
      {
        risk: 72,
        straightLined: true,
      },
    );
    await f.series(straight, straight.people[1], [
      [13 * WEEK, 52],
      [WEEK, 53],
    ]);

    const apart = await f.couple('Apart', mine);
    await f.series(apart, apart.people[0], [
      [13 * WEEK, 52],
      [WEEK, 75],
    ]);
    await f.series(apart, apart.people[1], [
      [13 * WEEK, 50],
      [WEEK, 48],
    ]);

    // Latest scores 27 points apart but three weeks apart: the latest pair within 7 days is level.
    const farApart = await f.couple('Far apart', mine);
    await f.series(farApart, farApart.people[0], [
      [13 * WEEK, 52],
      [4 * WEEK, 75],
    ]);
    await f.series(farApart, farApart.people[1], [
      [13 * WEEK, 52],
      [WEEK, 48],
    ]);

    // Two to-dos (one exercise for both partners) three days overdue.
    const quiet = await f.couple('Quiet', mine);
    await f.series(quiet, quiet.people[0], [
      [13 * WEEK, 50],
      [WEEK, 52],
    ]);
    await f.series(quiet, quiet.people[1], [
      [13 * WEEK, 50],
      [WEEK, 51],
    ]);
    await f.overdueExercise(quiet, counselor, 72);

    // One to-do an hour late.
    const late = await f.couple('Late', mine);
    await f.series(late, late.people[0], [
      [13 * WEEK, 50],
      [WEEK, 52],
    ]);
    await f.series(late, late.people[1], [
      [13 * WEEK, 50],
      [WEEK, 51],
    ]);
    await f.overdueExercise(late, counselor, 1, late.people[0]);

    const missed = await f.couple('Missed', mine);
    await f.series(missed, missed.people[0], [
      [13 * WEEK, 50],
      [WEEK, 52],
    ]);
    await f.series(missed, missed.people[1], [
      [13 * WEEK, 50],
      [WEEK, 51],
    ]);
    await f.missedCheckin(missed, missed.people[0], 1);

    const alarm = await f.couple('Alarm', mine);
    await f.series(alarm, alarm.people[0], [
      [13 * WEEK, 50],
      [WEEK, 52],
    ]);
    const [, alarming] = await f.series(alarm, alarm.people[1], [
      [13 * WEEK, 50],
      [WEEK, 51],
    ]);
    await f.safetyAlert(alarm, alarm.people[1], alarming);

    // Full baseline, then a pulse one step up on every pulse item (50 → 75).
    const pulse = await f.couple('Pulse', mine);
    for (const person of pulse.people) {
      await f.checkin(pulse, person, { ago: 3 * WEEK, index: 50 });
      await f.checkin(pulse, person, { ago: WEEK, form: 'PULSE', pulse: 75 });
    }

    const once = await f.couple('Once', mine);
    for (const person of once.people) await f.checkin(once, person, { ago: 1, index: 50 });

    // Partner one: 6 days between check-ins; partner two: exactly 7.
    const soon = await f.couple('Soon', mine);
    await f.series(soon, soon.people[0], [
      [7, 45],
      [1, 60],
    ]);
    await f.series(soon, soon.people[1], [
      [8, 45],
      [1, 60],
    ]);

    // A client who scored 30 in a discharged couple, then 60 → 65 in the next.
    const former = await f.couple('Former', { ...mine, inCareDaysAgo: 40 * WEEK });
    await f.series(former, former.people[0], [
      [30 * WEEK, 30],
      [20 * WEEK, 32],
    ]);
    await f.discharge(former);
    const latter = await f.couple('Latter', {
      ...mine,
      inCareDaysAgo: 14 * WEEK,
      people: [former.people[0], await f.client('Latter Two')],
    });
    await f.series(latter, latter.people[0], [
      [13 * WEEK, 60],
      [WEEK, 65],
    ]);

    // A couple discharged and reopened: its first episode's scores are not this episode's.
    const again = await f.couple('Again', { ...mine, inCareDaysAgo: 40 * WEEK });
    await f.series(again, again.people[0], [
      [30 * WEEK, 30],
      [25 * WEEK, 32],
    ]);
    await f.discharge(again);
    await f.reopen(again);
    await f.episodeDates(again, 1, 40 * WEEK, 20 * WEEK);
    await f.episodeDates(again, 2, 14 * WEEK, null);
    await f.series(again, again.people[0], [
      [13 * WEEK, 60],
      [WEEK, 66],
    ]);

    // Below what the pool shows (−1 against +20), and reliably improved yet below it (+14).
    slow = await f.couple('Slow', mine);
    await f.series(slow, slow.people[0], [
      [13 * WEEK, 45],
      [WEEK, 44],
    ]);
    await f.series(slow, slow.people[1], [
      [13 * WEEK, 42],
      [WEEK, 56],
    ]);
  });
  afterAll(async () => {
    await owner.end();
    await test.close();
  });

  it('reads only the current episode: no scores from an earlier couple or episode', async () => {
    const couples = await byName();
    const moved = partner(couples.get('Latter'), 0);
    expect(moved.displayName).toBe('Former One');
    expect(moved.index.baseline!.score).toBe(60);
    expect(moved.index.sinceBaseline).toMatchObject({ points: 5, status: 'UNCHANGED' });
    expect(couples.has('Former')).toBe(false);

    const reopened = couples.get('Again')!;
    expect(reopened.episodeNumber).toBe(2);
    expect(partner(reopened, 0).index.baseline!.score).toBe(60);
    expect(partner(reopened, 0).index.sinceBaseline).toMatchObject({ points: 6 });
  });

  it('measures change only between full check-ins at least 7 days apart', async () => {
    const couples = await byName();
    for (const one of couples.get('Once')!.progress) {
      expect(one.index.latest!.score).toBe(50);
      expect(one.index.sinceBaseline).toBeNull();
      expect(one.index.sincePrevious).toBeNull();
    }
    expect(couples.get('Once')!.indexChange).toBeNull();
    expect(couples.get('Once')!.flags).toEqual([]);

    const soon = couples.get('Soon')!;
    expect(partner(soon, 0).index.sinceBaseline).toBeNull();
    expect(partner(soon, 1).index.sinceBaseline).toMatchObject({
      points: 15,
      reliable: true,
      status: 'IMPROVED',
    });
    // The mean of the measured partners only.
    expect(soon.indexChange).toBe(15);
  });

  it('shows a pulse step as pulse change that is not reliable, and never flags it', async () => {
    const couples = await byName();
    const pulse = couples.get('Pulse')!;
    for (const one of pulse.progress) {
      expect(one.index.sinceBaseline).toBeNull();
      expect(one.pulseIndex.form).toBe('PULSE');
      expect(one.pulseIndex.baseline!.score).toBe(50);
      expect(one.pulseIndex.sinceBaseline).toMatchObject({ points: 25, reliable: false });
      expect(one.pulseIndex.sinceBaseline!.status).toBe('UNCHANGED');
    }
    expect(pulse.flags).toEqual([]);
    expect(pulse.indexChange).toBeNull();
  });

  it('raises each flag on the couple that deserves it, with its numbers', async () => {
    const page = await caseload();
    const couples = new Map(page.items.map((item) => [item.name, item]));

    expect(kinds(couples.get('Deteriorating'))).toEqual(['RELIABLE_DETERIORATION']);
    expect(partner(couples.get('Deteriorating'), 0).index.sinceBaseline!.status).toBe(
      'DETERIORATED',
    );

    const relapse = couples.get('Relapse')!;
    expect(kinds(relapse)).toEqual(['RELAPSE']);
    expect(partner(relapse, 0).index).toMatchObject({
      previous: { score: 75 },
      sincePrevious: { points: -17, reliable: true },
      sinceBaseline: { points: 23, status: 'IMPROVED' },
    });
    // Both numbers: the drop since the previous check-in and the change since baseline.
    expect(relapse.flags[0].reason).toMatch(/75 to 58 \(−17/);
    expect(relapse.flags[0].reason).toMatch(/35 to 58 \(\+23/);

    expect(kinds(couples.get('Risky'))).toEqual(['HIGH_CODEPENDENCE_RISK']);
    expect(kinds(couples.get('Straight'))).toEqual([]);
    expect(partner(couples.get('Straight'), 0)).toMatchObject({
      latestCodependenceRisk: 72,
      latestStraightLined: true,
    });

    expect(kinds(couples.get('Apart'))).toEqual(['LARGE_PARTNER_GAP']);
    expect(couples.get('Apart')!.flags[0].reason).toMatch(/27 points apart/);
    expect(kinds(couples.get('Far apart'))).toEqual([]);

    expect(couples.get('Quiet')!.overdueCount).toBe(2);
    expect(kinds(couples.get('Quiet'))).toEqual(['DISENGAGED']);
    expect(couples.get('Quiet')!.flags[0].reason).toMatch(/^2 to-dos overdue by more than 2 days/);
    expect(couples.get('Late')!.overdueCount).toBe(1);
    expect(kinds(couples.get('Late'))).toEqual([]);

    expect(couples.get('Missed')).toMatchObject({ overdueCount: 0, overdueCheckinCount: 1 });
    expect(kinds(couples.get('Missed'))).toEqual(['CHECKIN_DUE']);
    // The Overdue column and the flag agree on every couple.
    for (const couple of page.items) {
      expect(kinds(couple).includes('CHECKIN_DUE')).toBe(couple.overdueCheckinCount > 0);
    }

    const alarm = couples.get('Alarm')!;
    expect(alarm.openSafetyAlerts).toBe(1);
    expect(kinds(alarm)).toEqual(['URGENT_SAFETY']);
    expect(alarm.flags[0].reason).not.toMatch(/Alarm/);
    // The urgent couple leads the caseload, then the most flags.
    expect(page.items[0].name).toBe('Alarm');
    const order = page.items.slice(1).map((item) => item.flags.length);
    expect([...order].sort((a, b) => b - a)).toEqual(order);

    const flagged = await caseload({ flaggedOnly: true });
    expect(flagged.items.map((item) => item.name).sort()).toEqual(
      ['Alarm', 'Apart', 'Deteriorating', 'Missed', 'Quiet', 'Relapse', 'Risky'].sort(),
    );
    const searched = await caseload({ search: 'apart' });
    expect(searched.items.map((item) => item.name).sort()).toEqual(['Apart', 'Far apart']);
    const byChange = await caseload({ sort: 'INDEX_CHANGE' });
    const changes = byChange.items
      .map((item) => item.indexChange)
      .filter((change): change is number => change !== null);
    expect([...changes].sort((a, b) => a - b)).toEqual(changes);
  });

  it('judges "not on track" only from 30 comparison couples, never for a reliable improvement', async () => {
    for (let n = 0; n < 29; n++) await pooledCouple();
    let page = await caseload();
    expect(page.expectedChangeCouplesNeeded).toBe(30);
    expect(page.expectedChangeEpisodes).toBeGreaterThanOrEqual(29);
    let couple = page.items.find((item) => item.id === slow.id)!;
    expect(partner(couple, 0).expected).toBeNull();
    expect(kinds(couple)).toEqual([]);

    await pooledCouple();
    page = await caseload();
    couple = page.items.find((item) => item.id === slow.id)!;
    const [behind, improving] = couple.progress;
    expect(behind.expected).toMatchObject({ couples: 30, partners: 30 });
    expect(behind.expected!.low).toBeGreaterThanOrEqual(20);
    expect(kinds(couple)).toEqual(['NOT_ON_TRACK']);
    expect(couple.flags[0].reason).toContain(behind.displayName);
    expect(couple.flags[0].reason).toMatch(/10th percentile/);
    // Also below the line, but reliably improved: no flag for them.
    expect(improving.index.sinceBaseline).toMatchObject({ points: 14, reliable: true });
    expect(improving.expected!.low).toBeGreaterThan(14);
    expect(couple.flags[0].reason).not.toContain(improving.displayName);
  });

  it('shows the same numbers as the clinic overview, read with the same reliability', async () => {
    const page = await caseload();
    const counts = { recovered: 0, improved: 0, unchanged: 0, deteriorated: 0, notMeasured: 0 };
    for (const couple of page.items) {
      for (const one of couple.progress) {
        const status = one.index.sinceBaseline?.status;
        counts[status ? (status.toLowerCase() as keyof typeof counts) : 'notMeasured'] += 1;
      }
    }
    const admin = test.browser();
    await signIn(admin, ADMIN);
    const overview = await graphql<{
      clinicOverview: {
        references: Array<{ key: string; form: string; reliabilitySource: string }>;
        counselors: Array<{ displayName: string; outcomes: typeof counts }>;
      };
    }>(
      admin,
      `
        {
          clinicOverview {
            references {
              key
              form
              reliabilitySource
            }
            counselors {
              displayName
              outcomes {
                recovered
                improved
                unchanged
                deteriorated
                notMeasured
              }
            }
          }
        }
      `,
    );
    expect(overview.errors).toBeUndefined();
    const casey = overview.data!.clinicOverview.counselors.find(
      (row) => row.displayName === 'Casey Caseload',
    )!;
    expect(casey.outcomes).toEqual(counts);
    expect(counts.notMeasured).toBeGreaterThan(0);
    expect(counts.deteriorated).toBe(1);
    const fullIndex = page.references.find((ref) => ref.key === 'INDEX' && ref.form === 'FULL')!;
    expect(overview.data!.clinicOverview.references).toContainEqual({
      key: fullIndex.key,
      form: fullIndex.form,
      reliabilitySource: fullIndex.reliabilitySource,
    });
  });

  it('costs the same number of statements for 20 couples and for 200', async () => {
    const agent = test.browser();
    await signIn(agent, COUNSELOR);
    const before = (await caseload()).totalCount;
    const forFew = await statementsFor(agent);
    for (let n = 0; before + n < 200; n++) {
      const couple = await f.couple(`Many ${n}`, { counselor });
      await f.series(couple, couple.people[0], [
        [13 * WEEK, 50],
        [WEEK, 55 + (n % 10)],
      ]);
      await f.series(couple, couple.people[1], [
        [13 * WEEK, 50],
        [WEEK, 54],
      ]);
    }
    const forMany = await statementsFor(agent);
    expect(forFew).toBeGreaterThan(2);
    expect(forMany).toBe(forFew);
    expect((await caseload()).totalCount).toBe(200);
  });
});
