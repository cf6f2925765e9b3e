import { Client } from 'pg';
import { graphql, signIn, startTestApp, TestApp } from './app';
import { MeasurementFixtures } from './measurement-fixtures';

const OVERVIEW = `{ clinicOverview {
  activeCoupleCount
  outcomes { ...O }
  counselors { displayName coupleCount outcomes { ...O } }
  references { key form instrumentVersion reliability reliabilitySource sampleSize sd }
} }
fragment O on OutcomeCounts { recovered improved unchanged deteriorated notMeasured }`;

interface Outcomes {
  recovered: number;
  improved: number;
  unchanged: number;
  deteriorated: number;
  notMeasured: number;
}
interface Overview {
  clinicOverview: {
    activeCoupleCount: number;
    outcomes: Outcomes;
    counselors: Array<{ displayName: string; coupleCount: number; outcomes: Outcomes }>;
    references: Array<{
      key: string;
      form: string;
      instrumentVersion: number;
      reliability: number;
      reliabilitySource: string;
      sampleSize: number;
      sd: number;
    }>;
  };
}

const ADMIN = 'olive.outcomes@measurement.example';
const WEEK = 7;

describe('clinic outcomes: full-form index change in the current episode of care', () => {
  let test: TestApp;
  let owner: Client;

  beforeAll(async () => {
    test = await startTestApp();
    owner = new Client({ connectionString: test.database.ownerUrl });
    await owner.connect();
    const f = new MeasurementFixtures(owner, 'outcomes');
    await f.createClinic('Outcomes Measurement Clinic');
    const counselor = await f.staff('otto.outcomes@measurement.example', 'Otto Lead', 'COUNSELOR');
    await f.staff(ADMIN, 'Olive Admin', 'ADMIN');
    const mine = { counselor };

    // Recovered in a discharged couple (30 → 60); 60 → 62 in the next one.
    const former = await f.couple('Former', { ...mine, inCareDaysAgo: 40 * WEEK });
    await f.series(former, former.people[0], [
      [30 * WEEK, 30],
      [20 * WEEK, 60],
    ]);
    await f.discharge(former);
    const latter = await f.couple('Latter', {
      ...mine,
      inCareDaysAgo: 14 * WEEK,
      people: [former.people[0], await f.client('Latter Two')],
    });
    await f.series(latter, latter.people[0], [
      [13 * WEEK, 60],
      [WEEK, 62],
    ]);

    // Recovered in its first episode (30 → 60), down 15 since it was reopened (60 → 45).
    const again = await f.couple('Again', { ...mine, inCareDaysAgo: 40 * WEEK });
    await f.series(again, again.people[0], [
      [30 * WEEK, 30],
      [25 * WEEK, 60],
    ]);
    await f.discharge(again);
    await f.reopen(again);
    await f.episodeDates(again, 1, 40 * WEEK, 20 * WEEK);
    await f.episodeDates(again, 2, 14 * WEEK, null);
    await f.series(again, again.people[0], [
      [13 * WEEK, 60],
      [WEEK, 45],
    ]);

    const once = await f.couple('Once', mine);
    for (const person of once.people) await f.checkin(once, person, { ago: 1, index: 50 });

    // 45 → 60: six days apart, then exactly seven.
    const soon = await f.couple('Soon', mine);
    await f.series(soon, soon.people[0], [
      [7, 45],
      [1, 60],
    ]);
    await f.series(soon, soon.people[1], [
      [8, 45],
      [1, 60],
    ]);

    // A pulse step after a full baseline is not an outcome.
    const pulse = await f.couple('Pulse', mine);
    for (const person of pulse.people) {
      await f.checkin(pulse, person, { ago: 3 * WEEK, index: 50 });
      await f.checkin(pulse, person, { ago: WEEK, form: 'PULSE', pulse: 75 });
    }
  });
  afterAll(async () => {
    await owner.end();
    await test.close();
  });

  async function overview() {
    const admin = test.browser();
    await signIn(admin, ADMIN);
    const result = await graphql<Overview>(admin, OVERVIEW);
    expect(result.errors).toBeUndefined();
    return result.data!.clinicOverview;
  }

  it('counts each client of a couple in care once, by the current episode only', async () => {
    const { activeCoupleCount, outcomes, counselors } = await overview();
    expect(activeCoupleCount).toBe(5);
    // Latter: 60 → 62 (not 30 → 62 from the discharged couple); Again: 60 → 45 (not 30 → 45);
    // Soon: only the partner whose check-ins are 7 days apart; everyone else not measured.
    expect(outcomes).toEqual({
      recovered: 0,
      improved: 1,
      unchanged: 1,
      deteriorated: 1,
      notMeasured: 7,
    });
    const lead = counselors.find((row) => row.displayName === 'Otto Lead')!;
    expect(lead.coupleCount).toBe(5);
    expect(lead.outcomes).toEqual(outcomes);
  });

  it('names the reliability the changes were read against', async () => {
    const { references } = await overview();
    expect(references).toEqual([
      expect.objectContaining({
        key: 'INDEX',
        form: 'FULL',
        instrumentVersion: 2,
        reliabilitySource: 'DEFAULT',
      }),
    ]);
    expect(references[0].reliability).toBeGreaterThan(0);
    expect(references[0].sd).toBeGreaterThan(0);
  });
});
