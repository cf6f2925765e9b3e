import {
  CHECKIN_INSTRUMENT,
  CheckinForm,
  type CheckinScores,
  instrumentVersion,
  type ItemAnswer,
  scoreCheckin,
} from '@tandem/shared';
import { Client } from 'pg';
import { DEMO, graphql, signIn, startTestApp, TestApp } from './app';
import { idOf, inDays } from './exercise-fixtures';

const SAM = 'sam.morgan@riverbend.example';
const SCHEDULE = `mutation ($input: ScheduleCheckinsInput!) {
  scheduleCheckins(input: $input) { id form everyWeeks nextDueAt takenCount cancelledAt }
}`;
const MY_CHECKINS = '{ myCheckins { totalCount items { id form status dueAt } } }';
const CHECKIN =
  'query ($id: ID!) { myCheckin(id: $id) { id status straightLined items { key dimension } safetyItems { key text } answers { itemKey value } } }';
const SAVE =
  'mutation ($input: SaveCheckinInput!) { saveCheckinDraft(input: $input) { status answers { itemKey value } } }';
const SUBMIT =
  'mutation ($input: SubmitCheckinInput!) { submitCheckin(input: $input) { id status submittedAt straightLined } }';

const PULSE_ITEMS = CHECKIN_INSTRUMENT.items.filter((item) => item.pulse);
const SAFETY_KEYS = CHECKIN_INSTRUMENT.safetyItems.map((item) => item.key);
/** No concern: strongly disagree with every safety statement. */
const safe = SAFETY_KEYS.map((itemKey) => ({ itemKey, value: 1 }));
const pulseAnswers = (value: number) => PULSE_ITEMS.map((item) => ({ itemKey: item.key, value }));

interface StoredScore {
  form: string;
  key: string;
  score: number;
  instrument_version: number;
}

/** The rows a form's scores make, as stored (sorted like the query below). */
function rowsOf(form: CheckinForm, scores: CheckinScores) {
  const entries: Array<[string, number]> = Object.entries(scores.dimensions);
  if (scores.index !== null) entries.push(['INDEX', scores.index]);
  return entries.map(([key, score]) => ({
    form,
    key,
    score,
    instrument_version: CHECKIN_INSTRUMENT.version,
  }));
}

const byFormAndKey = (a: StoredScore, b: StoredScore) =>
  a.form.localeCompare(b.form) || a.key.localeCompare(b.key);

describe('check-ins (HTTP, real PostgreSQL)', () => {
  let test: TestApp;
  let owner: Client;
  let morgan: string;
  const as = async (email: string) => {
    const agent = test.browser();
    await signIn(agent, email);
    return agent;
  };
  const storedScores = async (checkinId: string): Promise<StoredScore[]> =>
    (
      await owner.query(
        `SELECT form::text, key::text, score::float AS score, instrument_version
           FROM checkin_score WHERE checkin_id = $1`,
        [checkinId],
      )
    ).rows.sort(byFormAndKey);
  const openCheckin = async (agent: ReturnType<TestApp['browser']>) => {
    const list = await graphql<{ myCheckins: { items: Array<{ id: string; form: string }> } }>(
      agent,
      MY_CHECKINS,
    );
    expect(list.data!.myCheckins.items).toHaveLength(1);
    return list.data!.myCheckins.items[0];
  };
  const schedule = async (form: CheckinForm, everyWeeks: number, until: number) => {
    const maya = await as(DEMO.counselor);
    const scheduled = await graphql<{ scheduleCheckins: { id: string; nextDueAt: string } }>(
      maya,
      SCHEDULE,
      {
        input: { coupleId: morgan, form, everyWeeks, startsAt: inDays(2), until: inDays(until) },
      },
    );
    expect(scheduled.errors).toBeUndefined();
    return { maya, id: scheduled.data!.scheduleCheckins.id };
  };
  const cancel = (maya: ReturnType<TestApp['browser']>, id: string) =>
    graphql<{ cancelCheckinSchedule: { takenCount: number; nextDueAt: string | null } }>(
      maya,
      'mutation ($id: ID!) { cancelCheckinSchedule(id: $id) { takenCount nextDueAt cancelledAt } }',
      { id },
    );

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

  it('schedules pulses on the current instrument, takes one with a draft and one submit, and stores pulse scores', async () => {
    const { maya, id: scheduleId } = await schedule(CheckinForm.PULSE, 1, 16);
    const alex = await as(DEMO.client);
    const sam = await as(SAM);
    const { rows } = await owner.query(
      'SELECT count(*)::int AS n, array_agg(DISTINCT instrument_version) AS versions FROM checkin WHERE schedule_id = $1',
      [scheduleId],
    );
    // three weeks × two partners, all on the current version
    expect(rows[0]).toEqual({ n: 6, versions: [CHECKIN_INSTRUMENT.version] });

    // Only the first one is open yet (three days before it is due).
    const { id: checkinId } = await openCheckin(alex);
    const detail = await graphql<{
      myCheckin: { items: unknown[]; safetyItems: Array<{ key: string; text: string }> };
    }>(alex, CHECKIN, { id: checkinId });
    expect(detail.data!.myCheckin.items).toHaveLength(6);
    // Safety statements are asked on every form, pulse included.
    expect(detail.data!.myCheckin.safetyItems.map((item) => item.key)).toEqual(SAFETY_KEYS);
    expect(SAFETY_KEYS.length).toBeGreaterThan(0);

    const draft = await graphql(alex, SAVE, {
      input: { checkinId, answers: [...pulseAnswers(4).slice(0, 2), safe[0]] },
    });
    expect(draft.data).toMatchObject({ saveCheckinDraft: { status: 'DRAFT' } });

    // Bad answers change nothing.
    const fullOnly = CHECKIN_INSTRUMENT.items.find((item) => !item.pulse)!.key;
    for (const answers of [
      [{ itemKey: PULSE_ITEMS[0].key, value: 6 }],
      [{ itemKey: 'no-such-item', value: 3 }],
      [{ itemKey: fullOnly, value: 3 }], // in the full form, not in the pulse
    ]) {
      const bad = await graphql(alex, SAVE, { input: { checkinId, answers } });
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    for (const [answers, key] of [
      [[...pulseAnswers(4).slice(0, 3), ...safe], 'checkin-incomplete'],
      // Every safety statement must be answered too.
      [[...pulseAnswers(4), ...safe.slice(1)], 'checkin-no-safety'],
    ] as Array<[ItemAnswer[], string]>) {
      const incomplete = await graphql(alex, SUBMIT, {
        input: { checkinId, answers, idempotencyKey: key },
      });
      expect(incomplete.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    // Sam cannot open Alex's check-in.
    expect((await graphql(sam, CHECKIN, { id: checkinId })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );

    const answers = [...pulseAnswers(4), ...safe];
    const input = { checkinId, answers, idempotencyKey: 'checkin-submit-1' };
    const [first, second] = await Promise.all([
      graphql(alex, SUBMIT, { input }),
      graphql(alex, SUBMIT, { input }),
    ]);
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    // The same answer to every scored item: marked, for the counselor to see.
    expect(first.data).toMatchObject({ submitCheckin: { straightLined: true } });
    const other = await graphql(alex, SUBMIT, {
      input: { ...input, idempotencyKey: 'checkin-submit-2' },
    });
    expect(other.errors?.[0].extensions?.code).toBe('CONFLICT');

    // A pulse is scored on its own items only: pulse rows, with the version, no full rows.
    const scores = await storedScores(checkinId);
    expect(scores).toEqual(
      rowsOf(CheckinForm.PULSE, scoreCheckin(CHECKIN_INSTRUMENT, CheckinForm.PULSE, answers)).sort(
        byFormAndKey,
      ),
    );
    expect(scores).toHaveLength(7);
    const [{ straight_lined }] = (
      await owner.query('SELECT straight_lined FROM checkin WHERE id = $1', [checkinId])
    ).rows;
    expect(straight_lined).toBe(true);

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
    const stopped = await cancel(maya, scheduleId);
    expect(stopped.data!.cancelCheckinSchedule).toMatchObject({ takenCount: 1, nextDueAt: null });
    const samList = await graphql<{ myCheckins: { totalCount: number } }>(sam, MY_CHECKINS);
    expect(samList.data!.myCheckins.totalCount).toBe(0);
  });

  it('stores a full check-in twice: on all its items and on its pulse items', async () => {
    const { maya, id: scheduleId } = await schedule(CheckinForm.FULL, 2, 3);
    const alex = await as(DEMO.client);
    const { id: checkinId, form } = await openCheckin(alex);
    expect(form).toBe('FULL');
    const { min, max } = CHECKIN_INSTRUMENT.scale;
    // Varied answers: a different value from item to item.
    const scored = CHECKIN_INSTRUMENT.items.map((item, n) => ({
      itemKey: item.key,
      value: min + ((n * 7) % (max - min + 1)),
    }));
    const answers = [...scored, ...safe];
    const submitted = await graphql(alex, SUBMIT, {
      input: { checkinId, answers, idempotencyKey: 'full-checkin-1' },
    });
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data).toMatchObject({ submitCheckin: { straightLined: false } });

    const pulseKeys = new Set(PULSE_ITEMS.map((item) => item.key));
    const expected = [
      ...rowsOf(CheckinForm.FULL, scoreCheckin(CHECKIN_INSTRUMENT, CheckinForm.FULL, scored)),
      ...rowsOf(
        CheckinForm.PULSE,
        scoreCheckin(
          CHECKIN_INSTRUMENT,
          CheckinForm.PULSE,
          scored.filter((answer) => pulseKeys.has(answer.itemKey)),
        ),
      ),
    ].sort(byFormAndKey);
    expect(expected).toHaveLength(14);
    expect(await storedScores(checkinId)).toEqual(expected);
    // The pulse scores are of the pulse items alone, not a copy of the full ones.
    const full = expected.find((row) => row.form === 'FULL' && row.key === 'INDEX')!;
    const pulse = expected.find((row) => row.form === 'PULSE' && row.key === 'INDEX')!;
    expect(pulse.score).not.toBe(full.score);
    // Both partners' schedule: one round, Sam's still open.
    expect((await cancel(maya, scheduleId)).data!.cancelCheckinSchedule.takenCount).toBe(1);
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
  });

  it('keeps answering a check-in on the instrument version it was scheduled on', async () => {
    // An older check-in, here a version-1 pulse, asks and is scored by its own version.
    const [{ clinic_id: clinic, client_id: client }] = (
      await owner.query(
        `SELECT p.clinic_id, p.client_id FROM couple_partner p JOIN app_user u ON u.id = p.client_id
          WHERE p.couple_id = $1 AND u.email = $2`,
        [morgan, DEMO.client],
      )
    ).rows;
    const scheduleId = await idOf(
      owner,
      `INSERT INTO checkin_schedule (clinic_id, couple_id, form, every_weeks, created_by)
       SELECT $1, $2, 'PULSE', 1, counselor_id FROM care_team_member WHERE couple_id = $2 AND is_primary RETURNING id`,
      [clinic, morgan],
    );
    const checkinId = await idOf(
      owner,
      `INSERT INTO checkin (clinic_id, schedule_id, couple_id, client_id, form, instrument_version, due_at)
       VALUES ($1, $2, $3, $4, 'PULSE', 1, now() + interval '1 day') RETURNING id`,
      [clinic, scheduleId, morgan, client],
    );
    const alex = await as(DEMO.client);
    const detail = await graphql<{ myCheckin: { safetyItems: unknown[]; items: unknown[] } }>(
      alex,
      CHECKIN,
      { id: checkinId },
    );
    expect(detail.data!.myCheckin.safetyItems).toEqual([]);
    const v1 = instrumentVersion(1);
    const answers = v1.items
      .filter((item) => item.pulse)
      .map((item, n) => ({ itemKey: item.key, value: 1 + (n % 5) }));
    const submitted = await graphql(alex, SUBMIT, {
      input: { checkinId, answers, idempotencyKey: 'version-1-pulse' },
    });
    expect(submitted.errors).toBeUndefined();
    const scores = await storedScores(checkinId);
    const expected = scoreCheckin(v1, CheckinForm.PULSE, answers);
    expect(scores).toEqual(
      rowsOf(CheckinForm.PULSE, expected)
        .map((row) => ({ ...row, instrument_version: 1 }))
        .sort(byFormAndKey),
    );
  });
});
