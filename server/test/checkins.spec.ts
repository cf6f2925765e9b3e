import { CHECKIN_INSTRUMENT } from '@tandem/shared';
import { Client } from 'pg';
import { DEMO, graphql, signIn, startTestApp, TestApp } from './app';
import { idOf, inDays } from './exercise-fixtures';

const SAM = 'sam.morgan@riverbend.example';
const SCHEDULE = `mutation ($input: ScheduleCheckinsInput!) {
  scheduleCheckins(input: $input) { id form everyWeeks nextDueAt takenCount cancelledAt }
}`;
const MY_CHECKINS = '{ myCheckins { totalCount items { id form status dueAt } } }';
const CHECKIN =
  'query ($id: ID!) { myCheckin(id: $id) { id status items { key dimension } answers { itemKey value } } }';
const SAVE =
  'mutation ($input: SaveCheckinInput!) { saveCheckinDraft(input: $input) { status answers { itemKey value } } }';
const SUBMIT =
  'mutation ($input: SubmitCheckinInput!) { submitCheckin(input: $input) { id status submittedAt } }';
const TRENDS = `query ($id: ID!) {
  coupleTrends(coupleId: $id) {
    series { displayName points { key score form } baselines { key score } }
    references { key cutoff reliability reliabilitySource responses higherIsBetter provisional }
  }
}`;

const PULSE_ITEMS = CHECKIN_INSTRUMENT.items.filter((item) => item.pulse);
const pulseAnswers = (value: number) => PULSE_ITEMS.map((item) => ({ itemKey: item.key, value }));

describe('check-ins and trends (HTTP, real PostgreSQL)', () => {
  let test: TestApp;
  let owner: Client;
  let morgan: string;
  const as = async (email: string) => {
    const agent = test.browser();
    await signIn(agent, email);
    return agent;
  };

  beforeAll(async () => {
    test = await startTestApp();
    owner = new Client({ connectionString: test.database.ownerUrl });
    await owner.connect();
    morgan = await idOf(owner, "SELECT id FROM couple WHERE name = 'Alex & Sam Morgan'");
  });
  afterAll(async () => {
    await owner.end();
    await test.close();
  });

  it('schedules pulses, takes one with a draft and one submit, and charts the scores', async () => {
    const maya = await as(DEMO.counselor);
    const alex = await as(DEMO.client);
    const sam = await as(SAM);
    const scheduled = await graphql<{ scheduleCheckins: { id: string; nextDueAt: string } }>(
      maya,
      SCHEDULE,
      {
        input: {
          coupleId: morgan,
          form: 'PULSE',
          everyWeeks: 1,
          startsAt: inDays(2),
          until: inDays(16),
        },
      },
    );
    expect(scheduled.errors).toBeUndefined();
    const { rows } = await owner.query(
      'SELECT count(*)::int AS n FROM checkin WHERE schedule_id = $1',
      [scheduled.data!.scheduleCheckins.id],
    );
    expect(rows[0].n).toBe(6); // three weeks × two partners

    // Only the first one is open yet (three days before it is due).
    const list = await graphql<{ myCheckins: { items: Array<{ id: string; status: string }> } }>(
      alex,
      MY_CHECKINS,
    );
    expect(list.data!.myCheckins.items).toHaveLength(1);
    const checkinId = list.data!.myCheckins.items[0].id;
    const detail = await graphql<{ myCheckin: { items: unknown[] } }>(alex, CHECKIN, {
      id: checkinId,
    });
    expect(detail.data!.myCheckin.items).toHaveLength(6);

    const draft = await graphql(alex, SAVE, {
      input: { checkinId, answers: pulseAnswers(4).slice(0, 2) },
    });
    expect(draft.data).toMatchObject({ saveCheckinDraft: { status: 'DRAFT' } });

    // Bad answers change nothing.
    for (const answers of [
      [{ itemKey: PULSE_ITEMS[0].key, value: 6 }],
      [{ itemKey: 'no-such-item', value: 3 }],
      [{ itemKey: 'com-2', value: 3 }], // in the full form, not in the pulse
    ]) {
      const bad = await graphql(alex, SAVE, { input: { checkinId, answers } });
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    const incomplete = await graphql(alex, SUBMIT, {
      input: {
        checkinId,
        answers: pulseAnswers(4).slice(0, 3),
        idempotencyKey: 'checkin-incomplete',
      },
    });
    expect(incomplete.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // Sam cannot open Alex's check-in.
    expect((await graphql(sam, CHECKIN, { id: checkinId })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );

    const input = { checkinId, answers: pulseAnswers(4), idempotencyKey: 'checkin-submit-1' };
    const [first, second] = await Promise.all([
      graphql(alex, SUBMIT, { input }),
      graphql(alex, SUBMIT, { input }),
    ]);
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    const other = await graphql(alex, SUBMIT, {
      input: { ...input, idempotencyKey: 'checkin-submit-2' },
    });
    expect(other.errors?.[0].extensions?.code).toBe('CONFLICT');
    const scores = await owner.query(
      'SELECT key, score::float AS score FROM checkin_score WHERE checkin_id = $1 ORDER BY key',
      [checkinId],
    );
    // Pulse items are not reverse-keyed: 4 on 1–5 is (4 − 1) / 4 × 100 = 75 everywhere.
    expect(scores.rows).toHaveLength(7);
    expect(new Set(scores.rows.map((row) => row.score))).toEqual(new Set([75]));

    const trends = await graphql<{
      coupleTrends: {
        series: Array<{
          displayName: string;
          points: Array<{ key: string; score: number }>;
          baselines: unknown[];
        }>;
        references: Array<{
          key: string;
          reliabilitySource: string;
          higherIsBetter: boolean;
          provisional: boolean;
        }>;
      };
    }>(maya, TRENDS, { id: morgan });
    const alexSeries = trends.data!.coupleTrends.series.find(
      (s) => s.displayName === 'Alex Morgan',
    )!;
    expect(alexSeries.points.find((p) => p.key === 'INDEX')).toEqual({
      key: 'INDEX',
      score: 75,
      form: 'PULSE',
    });
    expect(alexSeries.baselines).toHaveLength(7);
    expect(trends.data!.coupleTrends.references).toHaveLength(7);
    expect(
      trends.data!.coupleTrends.references.find((r) => r.key === 'CODEPENDENCE_RISK'),
    ).toMatchObject({
      higherIsBetter: false,
      reliabilitySource: 'DEFAULT',
      provisional: true,
    });

    // Sam sees only Sam's scores until the counselor shares them.
    const samTrends = () =>
      graphql<{ myTrends: { series: Array<{ displayName: string }> } }>(
        sam,
        '{ myTrends { series { displayName } } }',
      );
    expect((await samTrends()).data!.myTrends.series.map((s) => s.displayName)).toEqual([
      'Sam Morgan',
    ]);
    const shared = await graphql(
      maya,
      'mutation ($id: ID!) { setScoreSharing(coupleId: $id, shared: true) { shareScores } }',
      { id: morgan },
    );
    expect(shared.data).toEqual({ setScoreSharing: { shareScores: true } });
    expect((await samTrends()).data!.myTrends.series.map((s) => s.displayName)).toEqual([
      'Alex Morgan',
      'Sam Morgan',
    ]);

    // Stopping the schedule closes what is not taken and keeps what is.
    const stopped = await graphql<{
      cancelCheckinSchedule: { takenCount: number; nextDueAt: string | null };
    }>(
      maya,
      'mutation ($id: ID!) { cancelCheckinSchedule(id: $id) { takenCount nextDueAt cancelledAt } }',
      { id: scheduled.data!.scheduleCheckins.id },
    );
    expect(stopped.data!.cancelCheckinSchedule).toMatchObject({ takenCount: 1, nextDueAt: null });
    const samList = await graphql<{ myCheckins: { totalCount: number } }>(sam, MY_CHECKINS);
    expect(samList.data!.myCheckins.totalCount).toBe(0);
  });

  it('refuses schedules that make no sense and couples off the care team', async () => {
    const maya = await as(DEMO.counselor);
    const priya = await as('priya.shah@riverbend.example');
    const base = {
      coupleId: morgan,
      form: 'FULL',
      everyWeeks: 2,
      startsAt: inDays(2),
      until: inDays(60),
    };
    for (const change of [
      { startsAt: inDays(-1) },
      { until: inDays(1) },
      { until: inDays(400) },
      { everyWeeks: 0 },
      { everyWeeks: 13 },
    ]) {
      const result = await graphql(maya, SCHEDULE, { input: { ...base, ...change } });
      expect({ change, code: result.errors?.[0].extensions?.code }).toEqual({
        change,
        code: 'BAD_USER_INPUT',
      });
    }
    expect((await graphql(priya, SCHEDULE, { input: base })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await graphql(priya, TRENDS, { id: morgan })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it("uses the clinic's own reliability once 30 full check-ins exist", async () => {
    const maya = await as(DEMO.counselor);
    const [{ clinic_id: clinic, client_id: client }] = (
      await owner.query(
        `SELECT p.clinic_id, p.client_id FROM couple_partner p WHERE p.couple_id = $1 LIMIT 1`,
        [morgan],
      )
    ).rows;
    const [{ id: schedule }] = (
      await owner.query(
        `INSERT INTO checkin_schedule (clinic_id, couple_id, form, every_weeks, created_by)
         SELECT $1, $2, 'FULL', 1, counselor_id FROM care_team_member WHERE couple_id = $2 AND is_primary RETURNING id`,
        [clinic, morgan],
      )
    ).rows;
    // 30 respondents whose items agree with each other (a consistent "level" per person).
    for (let person = 0; person < 30; person++) {
      const level = 1 + (person % 5);
      const answers = CHECKIN_INSTRUMENT.items.map((item, index) => {
        const value = Math.min(
          5,
          Math.max(
            1,
            level + ((index + person) % 3 === 0 ? 1 : 0) - ((index + person) % 7 === 0 ? 1 : 0),
          ),
        );
        return { itemKey: item.key, value: item.reverse ? 6 - value : value };
      });
      await owner.query(
        `INSERT INTO checkin (clinic_id, schedule_id, couple_id, client_id, form, instrument_version, due_at, answers, submitted_at)
         VALUES ($1, $2, $3, $4, 'FULL', 1, now(), $5, now())`,
        [clinic, schedule, morgan, client, JSON.stringify(answers)],
      );
    }
    const trends = await graphql<{
      coupleTrends: {
        references: Array<{
          key: string;
          reliability: number;
          reliabilitySource: string;
          responses: number;
        }>;
      };
    }>(maya, TRENDS, { id: morgan });
    const communication = trends.data!.coupleTrends.references.find(
      (r) => r.key === 'COMMUNICATION',
    )!;
    expect(communication).toMatchObject({ reliabilitySource: 'CLINIC', responses: 30 });
    expect(communication.reliability).toBeGreaterThan(0.5);
    expect(communication.reliability).toBeLessThan(1);
    expect(
      trends.data!.coupleTrends.references.find((r) => r.key === 'INDEX')!.reliabilitySource,
    ).toBe('DEFAULT');
  });
});
