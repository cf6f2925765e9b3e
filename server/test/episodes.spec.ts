import { randomBytes } from 'node:crypto';
import {
  CHECKIN_INSTRUMENT,
  CheckinForm,
  type CheckinScores,
  Dimension,
  formKeys,
  instrumentVersion,
  type ItemAnswer,
  Role,
  scoreCheckin,
} from '@tandem/shared';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ProgressReader, seriesOf } from '../src/assessments/progress.reader';
import { OperationTransaction } from '../src/context/operation-transaction';
import { dataSourceOptions } from '../src/database/data-source';
import { MIGRATIONS } from '../src/database/migrations';
import { MeasurementEpisodes1764110000000 } from '../src/database/migrations/1764110000000-measurement-episodes';
import { DEMO, graphql, signIn, startTestApp, TestApp } from './app';
import { idOf, inDays } from './exercise-fixtures';

type Agent = ReturnType<TestApp['browser']>;

const COUPLE_FIELDS = '{ id status }';
const CREATE = `mutation ($input: CreateCoupleInput!) { createCouple(input: $input) ${COUPLE_FIELDS} }`;
const DISCHARGE = `mutation ($id: ID!) { dischargeCouple(id: $id) ${COUPLE_FIELDS} }`;
const REOPEN = `mutation ($id: ID!) { reopenCouple(id: $id) ${COUPLE_FIELDS} }`;
const SCHEDULE = `mutation ($input: ScheduleCheckinsInput!) { scheduleCheckins(input: $input) { id } }`;
const MY_CHECKINS = '{ myCheckins { items { id form } } }';
const SUBMIT =
  'mutation ($input: SubmitCheckinInput!) { submitCheckin(input: $input) { id submittedAt } }';

const DAY_MS = 86_400_000;

/** A full response whose scored answers are all `value` (reverse-keyed ones mirrored). */
function fullAnswers(value: number) {
  const { min, max } = CHECKIN_INSTRUMENT.scale;
  return [
    ...CHECKIN_INSTRUMENT.items.map((item) => ({
      itemKey: item.key,
      value: item.reverse ? min + max - value : value,
    })),
    ...CHECKIN_INSTRUMENT.safetyItems.map((item) => ({ itemKey: item.key, value: min })),
  ];
}

describe('episodes of care: scores are read within the couple and its current episode', () => {
  let test: TestApp;
  let owner: Client;
  let clinic: string;
  let maya: string;
  let admin: Agent;
  let counselor: Agent;
  let made = 0;

  const q = async (sql: string, params: unknown[] = []) => (await owner.query(sql, params)).rows;

  /** A client of the demo clinic who signs in with the demo password. */
  async function client(name: string): Promise<{ id: string; email: string }> {
    const email = `episode.${made++}@riverbend.example`;
    const id = await idOf(
      owner,
      `INSERT INTO app_user (clinic_id, email, display_name, role, password_hash, version)
       SELECT $1, $2, $3, 'CLIENT', password_hash, 1 FROM app_user WHERE email = $4 RETURNING id`,
      [clinic, email, name, DEMO.client],
    );
    return { id, email };
  }

  async function createCouple(name: string, partnerIds: string[]): Promise<string> {
    const created = await graphql<{ createCouple: { id: string } }>(admin, CREATE, {
      input: {
        name,
        partnerIds,
        confidentialityPolicy: 'NO_SECRETS',
        careTeam: { primaryCounselorId: maya, otherCounselorIds: [] },
      },
    });
    expect(created.errors).toBeUndefined();
    return created.data!.createCouple.id;
  }

  const episodes = (coupleId: string) =>
    q(
      `SELECT number, started_at AS "startedAt", ended_at AS "endedAt" FROM care_episode
        WHERE couple_id = $1 ORDER BY number`,
      [coupleId],
    );

  /** A submitted full check-in with FULL INDEX and CODEPENDENCE_RISK scores, written directly. */
  async function scoreAt(
    coupleId: string,
    clientId: string,
    takenAt: Date,
    index: number,
    { version = CHECKIN_INSTRUMENT.version, risk = 40 } = {},
  ): Promise<string> {
    const [{ id: schedule }] = await q(
      `INSERT INTO checkin_schedule (clinic_id, couple_id, form, every_weeks, created_by)
       VALUES ($1, $2, 'FULL', 1, $3) RETURNING id`,
      [clinic, coupleId, maya],
    );
    const [{ id }] = await q(
      `INSERT INTO checkin (clinic_id, schedule_id, couple_id, client_id, form, instrument_version, due_at, submitted_at)
       VALUES ($1, $2, $3, $4, 'FULL', $5, $6, $6) RETURNING id`,
      [clinic, schedule, coupleId, clientId, version, takenAt],
    );
    await q(
      `INSERT INTO checkin_score (checkin_id, form, key, instrument_version, clinic_id, couple_id, client_id, score, taken_at)
       SELECT $1, 'FULL', k.key::score_key, $2, $3, $4, $5, k.score, $6
         FROM (VALUES ('INDEX', $7::numeric), ('CODEPENDENCE_RISK', $8::numeric)) AS k(key, score)`,
      [id, version, clinic, coupleId, clientId, takenAt, index, risk],
    );
    return id;
  }

  /** Schedules a full check-in for the couple and has the client take it over HTTP. */
  async function takeFullCheckin(coupleId: string, email: string, value: number) {
    const scheduled = await graphql(counselor, SCHEDULE, {
      input: {
        coupleId,
        form: 'FULL',
        everyWeeks: 1,
        startsAt: inDays(1),
        until: inDays(2),
      },
    });
    expect(scheduled.errors).toBeUndefined();
    const agent = test.browser();
    await signIn(agent, email);
    const list = await graphql<{ myCheckins: { items: Array<{ id: string }> } }>(
      agent,
      MY_CHECKINS,
    );
    const checkinId = list.data!.myCheckins.items[0].id;
    const submitted = await graphql(agent, SUBMIT, {
      input: { checkinId, answers: fullAnswers(value), idempotencyKey: `episode-${checkinId}` },
    });
    expect(submitted.errors).toBeUndefined();
    return checkinId;
  }

  /** The progress reader as Maya's requests use it (her clinic's wall). */
  function asMaya<T>(work: (reader: ProgressReader) => Promise<T>): Promise<T> {
    return test.app
      .get(OperationTransaction)
      .run(
        { userId: maya, role: Role.COUNSELOR, clinicId: clinic, sessionId: 'episodes-test' },
        undefined,
        () => work(test.app.get(ProgressReader)),
      );
  }

  beforeAll(async () => {
    test = await startTestApp();
    owner = new Client({ connectionString: test.database.ownerUrl });
    await owner.connect();
    [{ clinic_id: clinic, id: maya }] = await q(
      'SELECT clinic_id, id FROM app_user WHERE email = $1',
      [DEMO.counselor],
    );
    admin = test.browser();
    await signIn(admin, DEMO.admin);
    counselor = test.browser();
    await signIn(counselor, DEMO.counselor);
  });
  afterAll(async () => {
    await owner.end();
    await test.close();
  });

  it('gives every couple its first episode, and every demo couple one', async () => {
    const [{ missing }] = await q(
      `SELECT count(*)::int AS missing FROM couple c
        WHERE NOT EXISTS (SELECT 1 FROM care_episode e WHERE e.couple_id = c.id AND e.number = 1
                            AND e.started_at = c.in_care_since)`,
    );
    expect(missing).toBe(0);
  });

  it('closes the episode on discharge, opens the next on reopening, and measures from it', async () => {
    const one = await client('Rowan Episode');
    const two = await client('Sky Episode');
    const coupleId = await createCouple('Rowan & Sky Episode', [one.id, two.id]);
    const [first] = await episodes(coupleId);
    const [{ since }] = await q('SELECT in_care_since AS since FROM couple WHERE id = $1', [
      coupleId,
    ]);
    expect(first).toEqual({ number: 1, startedAt: since, endedAt: null });

    // Episode 1: a baseline 40 days ago and a latest 10 days ago.
    const now = Date.now();
    await scoreAt(coupleId, one.id, new Date(now - 40 * DAY_MS), 35);
    const oldLatest = await scoreAt(coupleId, one.id, new Date(now - 10 * DAY_MS), 70);

    expect((await graphql(admin, DISCHARGE, { id: coupleId })).errors).toBeUndefined();
    const closed = await episodes(coupleId);
    expect(closed).toHaveLength(1);
    expect(closed[0].endedAt).not.toBeNull();
    // A discharged couple's landmarks are those of its last episode.
    const discharged = (await asMaya((reader) => reader.landmarksFor([coupleId]))).get(coupleId)!;
    expect(discharged.episode.number).toBe(1);
    expect(seriesOf(discharged, one.id, CheckinForm.FULL, 'INDEX')?.latest.checkinId).toBe(
      oldLatest,
    );

    expect((await graphql(admin, REOPEN, { id: coupleId })).errors).toBeUndefined();
    const reopened = await episodes(coupleId);
    expect(reopened.map((episode) => [episode.number, episode.endedAt === null])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(reopened[1].startedAt.getTime()).toBeGreaterThanOrEqual(closed[0].endedAt.getTime());
    // Reopening twice is refused, and makes no episode.
    expect((await graphql(admin, REOPEN, { id: coupleId })).errors?.[0].extensions?.code).toBe(
      'CONFLICT',
    );
    expect(await episodes(coupleId)).toHaveLength(2);

    // Nothing measured yet in episode 2, though episode 1 had scores.
    const fresh = (await asMaya((reader) => reader.landmarksFor([coupleId]))).get(coupleId)!;
    expect(fresh.episode).toMatchObject({ number: 2, endedAt: null });
    expect(fresh.partners.map((partner) => partner.series)).toEqual([[], []]);
    expect(fresh.gap).toBeNull();

    // A check-in taken now is episode 2's baseline and latest; episode 1 stays out of it.
    const taken = await takeFullCheckin(coupleId, one.email, 4);
    const after = (await asMaya((reader) => reader.landmarksFor([coupleId]))).get(coupleId)!;
    const index = seriesOf(after, one.id, CheckinForm.FULL, 'INDEX')!;
    expect(index.baseline.checkinId).toBe(taken);
    expect(index.latest.checkinId).toBe(taken);
    expect(index.previous).toBeNull();
    expect(index.instrumentVersion).toBe(CHECKIN_INSTRUMENT.version);
    // The full check-in also gives the pulse series its baseline.
    expect(seriesOf(after, one.id, CheckinForm.PULSE, 'INDEX')?.baseline.checkinId).toBe(taken);
    const { scores, episode } = await asMaya((reader) =>
      reader.episodeScores(coupleId, [one.id, two.id]),
    );
    expect(episode?.number).toBe(2);
    expect(new Set(scores.map((score) => score.checkinId))).toEqual(new Set([taken]));
    // Episode 1 can still be read by number.
    const earlier = await asMaya((reader) => reader.episodeScores(coupleId, [one.id], 1));
    expect(new Set(earlier.scores.map((score) => score.checkinId)).size).toBe(2);
  });

  it("leaves a client's scores from a discharged couple out of their next couple", async () => {
    const mover = await client('Jordan Mover');
    const former = await client('Casey Former');
    const next = await client('Quinn Next');
    const firstCouple = await createCouple('Jordan & Casey Mover', [mover.id, former.id]);
    await scoreAt(firstCouple, mover.id, new Date(Date.now() - 60 * DAY_MS), 30);
    await scoreAt(firstCouple, mover.id, new Date(Date.now() - 20 * DAY_MS), 32);
    expect((await graphql(admin, DISCHARGE, { id: firstCouple })).errors).toBeUndefined();

    const secondCouple = await createCouple('Jordan & Quinn Next', [mover.id, next.id]);
    const before = (await asMaya((reader) => reader.landmarksFor([secondCouple]))).get(
      secondCouple,
    )!;
    expect(before.episode.number).toBe(1);
    expect(seriesOf(before, mover.id, CheckinForm.FULL, 'INDEX')).toBeNull();

    const taken = await takeFullCheckin(secondCouple, mover.email, 4);
    const both = await asMaya((reader) => reader.landmarksFor([firstCouple, secondCouple]));
    const index = seriesOf(both.get(secondCouple), mover.id, CheckinForm.FULL, 'INDEX')!;
    expect([index.baseline.checkinId, index.latest.checkinId]).toEqual([taken, taken]);
    // The discharged couple still has its own history, measured there.
    const old = seriesOf(both.get(firstCouple), mover.id, CheckinForm.FULL, 'INDEX')!;
    expect([old.baseline.score, old.latest.score]).toEqual([30, 32]);
    const { scores } = await asMaya((reader) => reader.episodeScores(secondCouple, [mover.id]));
    expect(new Set(scores.map((score) => score.checkinId))).toEqual(new Set([taken]));
  });

  it('finds baseline, previous (7 days before latest), latest of the latest version, and the partner gap', async () => {
    const a = await client('Avery Landmark');
    const b = await client('Blair Landmark');
    const coupleId = await createCouple('Avery & Blair Landmark', [a.id, b.id]);
    await q(`UPDATE couple SET in_care_since = now() - interval '90 days' WHERE id = $1`, [
      coupleId,
    ]);
    const at = (days: number) => new Date(Date.now() - days * DAY_MS);
    // An older version's scores start no comparable series with the new ones.
    await scoreAt(coupleId, a.id, at(80), 20, { version: 1 });
    const baseline = await scoreAt(coupleId, a.id, at(50), 40);
    const previous = await scoreAt(coupleId, a.id, at(9), 50);
    // Less than 7 days before the latest: not the previous.
    await scoreAt(coupleId, a.id, at(5), 55);
    const latest = await scoreAt(coupleId, a.id, at(1), 60, { risk: 65 });
    // Blair's scores pair with Avery's within a week, closest first: the latest pair is Avery's
    // 60 (day 1) with Blair's 48 (day 2), not Avery's 55 (day 5).
    await scoreAt(coupleId, b.id, at(49), 44);
    await scoreAt(coupleId, b.id, at(2), 48);

    const [{ startedAt }] = await episodes(coupleId);
    expect(startedAt.getTime()).toBeLessThan(at(89).getTime());
    const couple = (await asMaya((reader) => reader.landmarksFor([coupleId]))).get(coupleId)!;
    const index = seriesOf(couple, a.id, CheckinForm.FULL, 'INDEX')!;
    expect(index).toMatchObject({
      instrumentVersion: CHECKIN_INSTRUMENT.version,
      baseline: { checkinId: baseline, score: 40 },
      previous: { checkinId: previous, score: 50 },
      latest: { checkinId: latest, score: 60 },
    });
    expect(
      seriesOf(couple, a.id, CheckinForm.FULL, Dimension.CODEPENDENCE_RISK)?.latest.score,
    ).toBe(65);
    // Only Blair's two: baseline and latest, 47 days apart, so previous is the baseline.
    const blair = seriesOf(couple, b.id, CheckinForm.FULL, 'INDEX')!;
    expect(blair.previous?.checkinId).toBe(blair.baseline.checkinId);
    expect(couple.gap).toMatchObject({ points: 12 });
    expect(new Set([couple.gap!.a.score, couple.gap!.b.score])).toEqual(new Set([60, 48]));
    // Any key can be asked for; a key with no scores gives no series.
    const asked = await asMaya((reader) =>
      reader.landmarksFor([coupleId], [{ form: CheckinForm.FULL, key: Dimension.GROWTH }]),
    );
    expect(asked.get(coupleId)!.partners.map((partner) => partner.series)).toEqual([[], []]);
  });

  it('reads every couple of a caseload in three statements', async () => {
    const ids = (await q('SELECT id FROM couple WHERE clinic_id = $1', [clinic])).map(
      (row) => row.id as string,
    );
    const runner = jest.requireActual('typeorm/driver/postgres/PostgresQueryRunner.js') as {
      PostgresQueryRunner: { prototype: { query: (...args: unknown[]) => unknown } };
    };
    const spy = jest.spyOn(runner.PostgresQueryRunner.prototype, 'query');
    try {
      const [small, large] = [ids.slice(0, 2), ids];
      const counts: number[] = [];
      for (const set of [small, large]) {
        spy.mockClear();
        const result = await test.app
          .get(OperationTransaction)
          .run(
            { userId: maya, role: Role.COUNSELOR, clinicId: clinic, sessionId: 'episodes-count' },
            undefined,
            async () => {
              const before = spy.mock.calls.length;
              const read = await test.app.get(ProgressReader).landmarksFor(set);
              counts.push(spy.mock.calls.length - before);
              return read;
            },
          );
        expect(result.size).toBe(set.length);
      }
      expect(counts).toEqual([3, 3]);
    } finally {
      spy.mockRestore();
    }
  });

  it('migrates existing data: an episode per couple, forms and versions, pulse rows, straight-lining, open check-ins to version 2', async () => {
    const admin = new Client({ connectionString: process.env.TEST_ADMIN_URL });
    await admin.connect();
    const name = `tandem_test_${randomBytes(6).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.TEST_ADMIN_URL!);
    url.pathname = `/${name}`;
    const migrate = async (count: number) => {
      const source = await new DataSource({
        ...dataSourceOptions(url.toString(), 'owner'),
        migrations: MIGRATIONS.slice(0, count),
      }).initialize();
      try {
        await source.runMigrations({ transaction: 'each' });
      } finally {
        await source.destroy();
      }
    };
    const db = new Client({ connectionString: url.toString() });
    try {
      await migrate(MIGRATIONS.indexOf(MeasurementEpisodes1764110000000));
      await db.connect();
      const one = async (sql: string, params: unknown[] = []) =>
        (await db.query(sql, params)).rows[0];
      const v1 = instrumentVersion(1);
      const v2 = instrumentVersion(2);
      const { id: clinicId } = await one(`INSERT INTO clinic (name) VALUES ('Old') RETURNING id`);
      const user = async (email: string, role: string) =>
        (
          await one(
            `INSERT INTO app_user (clinic_id, email, display_name, role, password_hash, version)
             VALUES ($1, $2, $2, $3, 'x', 1) RETURNING id`,
            [clinicId, email, role],
          )
        ).id as string;
      const counselorId = await user('counselor@old.example', 'COUNSELOR');
      const clients: string[] = [];
      for (const who of ['a', 'b', 'c', 'd'])
        clients.push(await user(`${who}@old.example`, 'CLIENT'));
      const [a, b, c, d] = clients;
      const couple = async (status: string, partners: string[], left: string | null) => {
        const { id } = await one(
          `INSERT INTO couple (clinic_id, name, status, in_care_since, version)
           VALUES ($1, $2, $3, now() - interval '100 days', 1) RETURNING id`,
          [clinicId, status, status],
        );
        for (const client of partners) {
          await db.query(
            `INSERT INTO couple_partner (couple_id, client_id, clinic_id, left_at) VALUES ($1, $2, $3, $4)`,
            [id, client, clinicId, left],
          );
        }
        return id as string;
      };
      const active = await couple('ACTIVE', [a, b], null);
      const leftAt = new Date(Date.now() - 5 * DAY_MS);
      const discharged = await couple('DISCHARGED', [c, d], leftAt.toISOString());
      const { id: scheduleId } = await one(
        `INSERT INTO checkin_schedule (clinic_id, couple_id, form, every_weeks, created_by)
         VALUES ($1, $2, 'FULL', 1, $3) RETURNING id`,
        [clinicId, active, counselorId],
      );
      const takenAt = new Date(Date.now() - 20 * DAY_MS);
      const checkin = async (
        form: CheckinForm,
        answers: ItemAnswer[],
        state: 'submitted' | 'open' | 'closed',
      ) => {
        const { id } = await one(
          `INSERT INTO checkin (clinic_id, schedule_id, couple_id, client_id, form, instrument_version, due_at,
                                answers, submitted_at, closed_at)
           VALUES ($1, $2, $3, $4, $5, 1, $6, $7, $8, $9) RETURNING id`,
          [
            clinicId,
            scheduleId,
            active,
            a,
            form,
            takenAt,
            JSON.stringify(answers),
            state === 'submitted' ? takenAt : null,
            state === 'closed' ? takenAt : null,
          ],
        );
        if (state === 'submitted') {
          // As the server stored them before: one row per key.
          const scores = scoreCheckin(v1, form, answers);
          await db.query(
            `INSERT INTO checkin_score (checkin_id, key, clinic_id, couple_id, client_id, score, taken_at)
             SELECT $1, e.key::score_key, $2, $3, $4, e.score, $5
               FROM json_to_recordset($6::json) AS e(key text, score numeric)`,
            [id, clinicId, active, a, takenAt, JSON.stringify(entries(scores))],
          );
        }
        return id as string;
      };
      // Varied from item to item, and across the pulse items (one in five) too.
      const varied = v1.items.map((item, n) => ({
        itemKey: item.key,
        value: 1 + ((n * 3 + Math.floor(n / 5)) % 5),
      }));
      const lined = v1.items.map((item) => ({ itemKey: item.key, value: 4 }));
      const pulseKeys = new Set(formKeys(v1, CheckinForm.PULSE));
      const pulse = varied.filter((answer) => pulseKeys.has(answer.itemKey));
      const full = await checkin(CheckinForm.FULL, varied, 'submitted');
      const straight = await checkin(CheckinForm.FULL, lined, 'submitted');
      const pulseOnly = await checkin(CheckinForm.PULSE, pulse, 'submitted');
      const draft = await checkin(CheckinForm.FULL, varied, 'open');
      const closed = await checkin(CheckinForm.FULL, varied, 'closed');
      await db.end();

      await migrate(MIGRATIONS.length);
      const after = new Client({ connectionString: url.toString() });
      await after.connect();
      try {
        const rows = async (sql: string, params: unknown[] = []) =>
          (await after.query(sql, params)).rows;
        expect(
          await rows(
            `SELECT couple_id AS "coupleId", number, started_at = (SELECT in_care_since FROM couple WHERE id = couple_id) AS "fromCare",
                    ended_at AS "endedAt" FROM care_episode ORDER BY number, couple_id = $1 DESC`,
            [active],
          ),
        ).toEqual([
          { coupleId: active, number: 1, fromCare: true, endedAt: null },
          { coupleId: discharged, number: 1, fromCare: true, endedAt: leftAt },
        ]);
        const stored = async (checkinId: string) =>
          Object.fromEntries(
            (
              await rows(
                `SELECT form::text, key::text, score::float AS score, instrument_version AS version,
                        taken_at AS "takenAt" FROM checkin_score WHERE checkin_id = $1`,
                [checkinId],
              )
            ).map((row) => {
              expect(row).toMatchObject({ version: 1, takenAt });
              return [`${row.form} ${row.key}`, row.score];
            }),
          );
        const expected = (form: CheckinForm, scores: CheckinScores) =>
          Object.fromEntries(entries(scores).map((e) => [`${form} ${e.key}`, e.score]));
        // A full check-in gains the pulse rows the server now stores, scored on its pulse items.
        expect(await stored(full)).toEqual({
          ...expected(CheckinForm.FULL, scoreCheckin(v1, CheckinForm.FULL, varied)),
          ...expected(CheckinForm.PULSE, scoreCheckin(v1, CheckinForm.PULSE, pulse)),
        });
        expect(Object.keys(await stored(full))).toHaveLength(14);
        expect(await stored(pulseOnly)).toEqual(
          expected(CheckinForm.PULSE, scoreCheckin(v1, CheckinForm.PULSE, pulse)),
        );
        const checkins = new Map(
          (
            await rows(
              'SELECT id, instrument_version AS version, straight_lined AS lined, answers FROM checkin',
            )
          ).map((row) => [row.id, row]),
        );
        expect([full, straight, pulseOnly].map((id) => checkins.get(id).lined)).toEqual([
          false,
          true,
          false,
        ]);
        // The open draft moves to version 2 and keeps only the answers version 2 asks.
        const asked = new Set(formKeys(v2, CheckinForm.FULL));
        const kept = varied.filter((answer) => asked.has(answer.itemKey));
        expect(kept.length).toBeLessThan(varied.length);
        expect(checkins.get(draft)).toMatchObject({ version: 2, answers: kept });
        // Submitted and closed ones stay on version 1.
        expect([full, closed].map((id) => checkins.get(id).version)).toEqual([1, 1]);
        // From now on the triggers keep the episodes.
        await after.query(`UPDATE couple SET status = 'ACTIVE' WHERE id = $1`, [discharged]);
        expect(
          await rows('SELECT number FROM care_episode WHERE couple_id = $1 ORDER BY number', [
            discharged,
          ]),
        ).toEqual([{ number: 1 }, { number: 2 }]);
      } finally {
        await after.end();
      }
    } finally {
      await db.end().catch(() => undefined);
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});

/** A check-in's scores as rows, as the server stored them. */
function entries(scores: CheckinScores): Array<{ key: string; score: number }> {
  const rows = Object.entries(scores.dimensions).map(([key, score]) => ({ key, score }));
  if (scores.index !== null) rows.push({ key: 'INDEX', score: scores.index });
  return rows;
}
