import {
  CheckinForm,
  CHECKIN_INSTRUMENT,
  CLINIC_RELIABILITY,
  defaultReference,
  Dimension,
  feldtInterval,
  reliableChangeBetween,
  spearmanBrown,
} from '@tandem/shared';
import { Client } from 'pg';
import { graphql, signIn, startTestApp, TestApp } from './app';

const DAY = 86_400_000;
const VERSION = CHECKIN_INSTRUMENT.version;

const LANDMARK = 'checkinId takenAt score';
const CHANGE = `from { ${LANDMARK} } to { ${LANDMARK} } points rci sDiff reliable status`;
const SERIES = `clientId displayName
  points { checkinId form instrumentVersion key score takenAt }
  baselines { checkinId form instrumentVersion key score takenAt }
  progress { key form instrumentVersion baseline { ${LANDMARK} } previous { ${LANDMARK} } latest { ${LANDMARK} }
             sinceBaseline { ${CHANGE} } sincePrevious { ${CHANGE} } }`;
const REFERENCE = `key form instrumentVersion cutoff cutoffA cutoffB cutoffC cutoffUsed sd reliability
  reliabilitySource reliabilityLower reliabilityUpper sampleSize provisional higherIsBetter`;
const COUPLE_TRENDS = `query ($id: ID!) {
  coupleTrends(coupleId: $id) { coupleId episode { number startedAt endedAt } series { ${SERIES} } references { ${REFERENCE} } }
}`;
const MY_TRENDS = `{ myTrends { coupleId episode { number } series { ${SERIES} } } }`;
const REFERENCES = `{ scoreReferences { ${REFERENCE} } }`;
const PROGRESS = `key form instrumentVersion baseline { ${LANDMARK} } previous { ${LANDMARK} } latest { ${LANDMARK} }
  sinceBaseline { ${CHANGE} } sincePrevious { ${CHANGE} }`;
const CASELOAD = `{ caseload(limit: 100) { items { id progress { clientId index { ${PROGRESS} } pulseIndex { ${PROGRESS} } } } } }`;

interface Landmark {
  checkinId: string;
  takenAt: string;
  score: number;
}
interface Change {
  from: Landmark;
  to: Landmark;
  points: number;
  rci: number;
  sDiff: number;
  reliable: boolean;
  status: string;
}
interface Progress {
  key: string;
  form: string;
  instrumentVersion: number;
  baseline: Landmark | null;
  previous: Landmark | null;
  latest: Landmark | null;
  sinceBaseline: Change | null;
  sincePrevious: Change | null;
}
interface Series {
  clientId: string;
  displayName: string;
  points: Array<{ checkinId: string; form: string; key: string; score: number }>;
  baselines: Array<{ checkinId: string; form: string; key: string; score: number }>;
  progress: Progress[];
}
interface Reference {
  key: string;
  form: string;
  instrumentVersion: number;
  cutoff: number;
  cutoffA: number;
  cutoffB: number;
  cutoffC: number;
  cutoffUsed: string;
  sd: number;
  reliability: number;
  reliabilitySource: string;
  reliabilityLower: number | null;
  reliabilityUpper: number | null;
  sampleSize: number;
}
interface Trends {
  coupleId: string;
  episode: { number: number; startedAt: string; endedAt: string | null } | null;
  series: Series[];
  references: Reference[];
}

/** Scores of one check-in per form: a full check-in is scored on all items and on its pulse items. */
type Scores = Partial<Record<CheckinForm, Record<string, number>>>;

/** The same score on every key, on each given form. */
const flat = (score: number, forms: CheckinForm[] = [CheckinForm.FULL, CheckinForm.PULSE]) =>
  Object.fromEntries(
    forms.map((form) => [
      form,
      Object.fromEntries(
        [
          'INDEX',
          'COMMUNICATION',
          'EQUALITY',
          'GROWTH',
          'COMMITMENT',
          'PERSONAL_SPACE',
          'CODEPENDENCE_RISK',
        ].map((key) => [key, score]),
      ),
    ]),
  ) as Scores;

const PASSWORD_OF_MAYA = `(SELECT password_hash FROM app_user WHERE email = 'maya.okafor@riverbend.example')`;

describe('trends: episodes of care, comparable series, measured change, clinic reliability (HTTP, real PostgreSQL)', () => {
  let test: TestApp;
  let owner: Client;
  let made = 0;

  const one = async (sql: string, params: unknown[] = []) =>
    (await owner.query(sql, params)).rows[0]?.id as string;
  const as = async (email: string) => {
    const agent = test.browser();
    await signIn(agent, email);
    return agent;
  };

  /** A clinic with one counselor (signs in with the demo password). */
  async function clinic(name: string) {
    const id = await one('INSERT INTO clinic (name) VALUES ($1) RETURNING id', [name]);
    const email = `counselor.${made++}@trends.example`;
    const counselor = await one(
      `INSERT INTO app_user (clinic_id, email, display_name, role, password_hash, version)
       VALUES ($1, $2, 'Terry Trends', 'COUNSELOR', ${PASSWORD_OF_MAYA}, 1) RETURNING id`,
      [id, email],
    );
    return { id, counselor, email };
  }

  async function client(clinicId: string, name: string) {
    const email = `client.${made++}@trends.example`;
    const id = await one(
      `INSERT INTO app_user (clinic_id, email, display_name, role, password_hash, version)
       VALUES ($1, $2, $3, 'CLIENT', ${PASSWORD_OF_MAYA}, 1) RETURNING id`,
      [clinicId, email, name],
    );
    return { id, email };
  }

  /** An active couple of those clients on the counselor's care team, in care since `sinceDays` ago. */
  async function couple(
    at: { id: string; counselor: string },
    name: string,
    partners: string[],
    sinceDays: number,
  ) {
    const id = await one(
      `INSERT INTO couple (clinic_id, name, in_care_since, version)
       VALUES ($1, $2, now() - make_interval(days => $3), 1) RETURNING id`,
      [at.id, name, sinceDays],
    );
    for (const partner of partners) {
      await owner.query(
        'INSERT INTO couple_partner (couple_id, client_id, clinic_id) VALUES ($1, $2, $3)',
        [id, partner, at.id],
      );
    }
    await owner.query(
      'INSERT INTO care_team_member (couple_id, counselor_id, clinic_id, is_primary) VALUES ($1, $2, $3, true)',
      [id, at.counselor, at.id],
    );
    const schedule = await one(
      `INSERT INTO checkin_schedule (clinic_id, couple_id, form, every_weeks, created_by)
       VALUES ($1, $2, 'FULL', 1, $3) RETURNING id`,
      [at.id, id, at.counselor],
    );
    return { id, schedule, clinicId: at.id };
  }

  /** A submitted check-in `daysAgo` days ago with the given scores (and answers, for the intake sample). */
  async function checkin(
    of: { id: string; schedule: string; clinicId: string },
    clientId: string,
    daysAgo: number,
    scores: Scores,
    options: { form?: CheckinForm; version?: number; answers?: unknown[] } = {},
  ) {
    const form = options.form ?? (scores.FULL ? CheckinForm.FULL : CheckinForm.PULSE);
    const version = options.version ?? VERSION;
    const takenAt = new Date(Date.now() - daysAgo * DAY);
    const id = await one(
      `INSERT INTO checkin (clinic_id, schedule_id, couple_id, client_id, form, instrument_version, due_at, answers, submitted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $7) RETURNING id`,
      [
        of.clinicId,
        of.schedule,
        of.id,
        clientId,
        form,
        version,
        takenAt,
        JSON.stringify(options.answers ?? []),
      ],
    );
    const rows = Object.entries(scores).flatMap(([scoredOn, byKey]) =>
      Object.entries(byKey!).map(([key, score]) => ({ form: scoredOn, key, score })),
    );
    await owner.query(
      `INSERT INTO checkin_score (checkin_id, form, key, clinic_id, couple_id, client_id, score, taken_at, instrument_version)
       SELECT $1, r.form::checkin_form, r.key::score_key, $2, $3, $4, r.score, $5, $6
         FROM json_to_recordset($7::json) AS r(form text, key text, score numeric)`,
      [id, of.clinicId, of.id, clientId, takenAt, version, JSON.stringify(rows)],
    );
    return id;
  }

  async function trendsOf(agent: ReturnType<TestApp['browser']>, coupleId: string) {
    const result = await graphql<{ coupleTrends: Trends }>(agent, COUPLE_TRENDS, { id: coupleId });
    expect(result.errors).toBeUndefined();
    return result.data!.coupleTrends;
  }

  const progressOf = (series: Series, form: string, key: string) =>
    series.progress.find((entry) => entry.form === form && entry.key === key);

  /** Each partner's full and pulse index on the couple page equal the caseload's, number for number. */
  async function expectCaseloadAgrees(agent: ReturnType<TestApp['browser']>, coupleId: string) {
    const trends = await trendsOf(agent, coupleId);
    const caseload = await graphql<{
      caseload: {
        items: Array<{
          id: string;
          progress: Array<{ clientId: string; index: Progress; pulseIndex: Progress }>;
        }>;
      };
    }>(agent, CASELOAD);
    expect(caseload.errors).toBeUndefined();
    const row = caseload.data!.caseload.items.find((item) => item.id === coupleId)!;
    expect(row.progress).toHaveLength(trends.series.length);
    for (const partner of row.progress) {
      const series = trends.series.find((s) => s.clientId === partner.clientId)!;
      expect(partner.index).toEqual(progressOf(series, 'FULL', 'INDEX'));
      expect(partner.pulseIndex).toEqual(progressOf(series, 'PULSE', 'INDEX'));
    }
    return row;
  }

  beforeAll(async () => {
    test = await startTestApp();
    owner = new Client({ connectionString: test.database.ownerUrl });
    await owner.connect();
  });
  afterAll(async () => {
    await owner.end();
    await test.close();
  });

  it("never shows a client's scores from a discharged couple in the next couple's trends, nor an earlier episode's", async () => {
    const at = await clinic('Episodes Counseling');
    const jo = await client(at.id, 'Jo Earlier');
    const kim = await client(at.id, 'Kim Earlier');
    const lee = await client(at.id, 'Lee Later');
    const first = await couple(at, 'Jo & Kim', [jo.id, kim.id], 200);
    const earlier = await checkin(first, jo.id, 150, flat(30));
    await checkin(first, jo.id, 120, flat(35));
    // The first couple ends; Jo starts again with Lee.
    await owner.query(`UPDATE couple SET status = 'DISCHARGED' WHERE id = $1`, [first.id]);
    await owner.query('UPDATE couple_partner SET left_at = now() WHERE couple_id = $1', [first.id]);
    const second = await couple(at, 'Jo & Lee', [jo.id, lee.id], 60);
    const baseline = await checkin(second, jo.id, 50, flat(60));
    const latest = await checkin(second, jo.id, 10, flat(65));
    await checkin(second, lee.id, 50, flat(55));

    const counselor = await as(at.email);
    const trends = await trendsOf(counselor, second.id);
    expect(trends.episode).toMatchObject({ number: 1, endedAt: null });
    const joSeries = trends.series.find((s) => s.clientId === jo.id)!;
    const seen = new Set(joSeries.points.map((p) => p.checkinId));
    expect(seen).toEqual(new Set([baseline, latest]));
    expect(seen.has(earlier)).toBe(false);
    expect(new Set(joSeries.baselines.map((p) => p.checkinId))).toEqual(new Set([baseline]));
    // Measured from this couple's first check-in: 60 → 65, not from 30.
    const index = progressOf(joSeries, 'FULL', 'INDEX')!;
    expect(index.baseline).toMatchObject({ checkinId: baseline, score: 60 });
    expect(index.sinceBaseline).toMatchObject({ points: 5, reliable: false, status: 'UNCHANGED' });
    // The client sees the same on My progress.
    const mine = await graphql<{ myTrends: Trends }>(await as(jo.email), MY_TRENDS);
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.myTrends.coupleId).toBe(second.id);
    expect(
      new Set(mine.data!.myTrends.series.flatMap((s) => s.points.map((p) => p.checkinId))),
    ).toEqual(new Set([baseline, latest]));

    // Discharged and reopened: a new episode, whose trends start afresh.
    await owner.query(`UPDATE couple SET status = 'DISCHARGED' WHERE id = $1`, [second.id]);
    await owner.query(`UPDATE couple SET status = 'ACTIVE' WHERE id = $1`, [second.id]);
    const episodes = await owner.query(
      'SELECT number FROM care_episode WHERE couple_id = $1 ORDER BY number',
      [second.id],
    );
    expect(episodes.rows.map((row) => row.number)).toEqual([1, 2]);
    // Move the boundary into the past, so check-ins can be placed on both sides of it.
    await owner.query(
      `UPDATE care_episode SET ended_at = now() - interval '8 days' WHERE couple_id = $1 AND number = 1`,
      [second.id],
    );
    await owner.query(
      `UPDATE care_episode SET started_at = now() - interval '7 days' WHERE couple_id = $1 AND number = 2`,
      [second.id],
    );
    const reopened = await checkin(second, jo.id, 5, flat(40));
    const again = await trendsOf(counselor, second.id);
    expect(again.episode).toMatchObject({ number: 2, endedAt: null });
    const joAgain = again.series.find((s) => s.clientId === jo.id)!;
    expect(new Set(joAgain.points.map((p) => p.checkinId))).toEqual(new Set([reopened]));
    expect(progressOf(joAgain, 'FULL', 'INDEX')).toMatchObject({
      baseline: { checkinId: reopened },
      sinceBaseline: null,
    });
    expect(again.series.find((s) => s.clientId === lee.id)!.points).toEqual([]);
  });

  it('measures no change from one check-in, nor from two less than 7 days apart', async () => {
    const at = await clinic('Seven Days Counseling');
    const ana = await client(at.id, 'Ana Once');
    const ben = await client(at.id, 'Ben Twice');
    const pair = await couple(at, 'Ana & Ben', [ana.id, ben.id], 30);
    const only = await checkin(pair, ana.id, 20, flat(40));
    await checkin(pair, ben.id, 20, flat(40));
    await checkin(pair, ben.id, 14, flat(80));
    const trends = await trendsOf(await as(at.email), pair.id);
    const anaSeries = trends.series.find((s) => s.clientId === ana.id)!;
    // One check-in: a baseline that is also the latest, and no change of either kind.
    expect(anaSeries.progress).toHaveLength(14); // 7 keys × 2 forms
    for (const entry of anaSeries.progress) {
      expect(entry).toMatchObject({
        instrumentVersion: VERSION,
        baseline: { checkinId: only },
        latest: { checkinId: only },
        previous: null,
        sinceBaseline: null,
        sincePrevious: null,
      });
    }
    // 40 → 80 six days apart is not yet a measured change, however large.
    const benIndex = progressOf(
      trends.series.find((s) => s.clientId === ben.id)!,
      'FULL',
      'INDEX',
    )!;
    expect(benIndex).toMatchObject({ previous: null, sinceBaseline: null, sincePrevious: null });
  });

  it('reads a pulse step against the pulse reliability: 50 → 75 is reliable on the full form only', async () => {
    const at = await clinic('Pulse Counseling');
    const cam = await client(at.id, 'Cam Pulse');
    const dee = await client(at.id, 'Dee Pulse');
    const pair = await couple(at, 'Cam & Dee', [cam.id, dee.id], 60);
    await checkin(pair, cam.id, 42, flat(50));
    await checkin(pair, cam.id, 28, flat(75));
    const trends = await trendsOf(await as(at.email), pair.id);
    const cams = trends.series.find((s) => s.clientId === cam.id)!;
    const full = progressOf(cams, 'FULL', Dimension.COMMUNICATION)!.sinceBaseline!;
    const pulse = progressOf(cams, 'PULSE', Dimension.COMMUNICATION)!.sinceBaseline!;
    const expected = (form: CheckinForm) => {
      const reference = defaultReference(CHECKIN_INSTRUMENT, form, Dimension.COMMUNICATION);
      return reliableChangeBetween(50, reference, 75, reference, Dimension.COMMUNICATION);
    };
    expect(full).toMatchObject({ points: 25, reliable: true });
    expect(full.rci).toBeCloseTo(expected(CheckinForm.FULL).rci, 2);
    expect(pulse).toMatchObject({ points: 25, reliable: false, status: 'UNCHANGED' });
    expect(pulse.rci).toBeCloseTo(expected(CheckinForm.PULSE).rci, 2);
    expect(pulse.rci).toBeLessThan(1.96);
    // The references say which form each is.
    const pulseReference = trends.references.find(
      (r) => r.form === 'PULSE' && r.key === 'COMMUNICATION' && r.instrumentVersion === VERSION,
    )!;
    expect(pulseReference).toMatchObject({ reliabilitySource: 'DEFAULT', reliabilityLower: null });
    expect(pulseReference.reliability).toBeCloseTo(
      defaultReference(CHECKIN_INSTRUMENT, CheckinForm.PULSE, Dimension.COMMUNICATION).reliability,
      6,
    );
    // Cut-offs a, b and c, and which is used.
    expect(pulseReference.cutoffUsed).toBe('c');
    expect(pulseReference.cutoff).toBe(pulseReference.cutoffC);
  });

  it("gives each partner the caseload's numbers: status since baseline and since previous", async () => {
    const at = await clinic('Agreement Counseling');
    const fay = await client(at.id, 'Fay Relapse');
    const gus = await client(at.id, 'Gus Steady');
    const pair = await couple(at, 'Fay & Gus', [fay.id, gus.id], 120);
    // Fay improves, then falls back between two check-ins: a relapse, still improved since baseline.
    await checkin(pair, fay.id, 90, flat(40));
    await checkin(pair, fay.id, 40, flat(75));
    await checkin(pair, fay.id, 30, { PULSE: flat(50).PULSE });
    await checkin(pair, fay.id, 10, flat(58));
    await checkin(pair, gus.id, 89, flat(50));
    await checkin(pair, gus.id, 12, flat(52));
    const counselor = await as(at.email);
    const row = await expectCaseloadAgrees(counselor, pair.id);
    const fays = row.progress.find((partner) => partner.clientId === fay.id)!.index;
    expect(fays.sinceBaseline).toMatchObject({ points: 18, status: 'IMPROVED' });
    expect(fays.sincePrevious).toMatchObject({
      points: -17,
      reliable: true,
      status: 'DETERIORATED',
    });
    // The pulse taken in between is its own series: the full index's previous is the full 75.
    expect(fays.previous).toMatchObject({ score: 75 });
  });

  it("adopts the clinic's reliability only with 100 clients and a Feldt lower bound of .70", async () => {
    const at = await clinic('Reliability Counseling');
    const host = await couple(at, 'Sample Couple', [], 400);
    const counselor = await as(at.email);
    const references = async () => {
      const result = await graphql<{ scoreReferences: Reference[] }>(counselor, REFERENCES);
      expect(result.errors).toBeUndefined();
      const find = (form: string, key: string, version = VERSION) =>
        result.data!.scoreReferences.find(
          (r) => r.form === form && r.key === key && r.instrumentVersion === version,
        )!;
      return find;
    };
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    /** Answers of one client: consistent (a level of their own with a little noise) or at random. */
    const answersOf = (consistent: boolean) => {
      const level = 1 + Math.floor(random() * 5);
      return CHECKIN_INSTRUMENT.items.map((item) => {
        const noise = random() < 0.25 ? (random() < 0.5 ? -1 : 1) : 0;
        const value = consistent
          ? Math.min(5, Math.max(1, level + noise))
          : 1 + Math.floor(random() * 5);
        return { itemKey: item.key, value: consistent && item.reverse ? 6 - value : value };
      });
    };
    // Each batch is newer than the last, as real submissions are: the service re-estimates when
    // the clinic's newest full response changes.
    let daysAgo = 360;
    const addClients = async (count: number, consistent: boolean, responsesEach = 1) => {
      daysAgo -= 40;
      for (let n = 0; n < count; n++) {
        const person = await client(at.id, `Sample ${made}`);
        for (let r = 0; r < responsesEach; r++) {
          await checkin(
            host,
            person.id,
            daysAgo + r * 10,
            {},
            {
              form: CheckinForm.FULL,
              answers: answersOf(consistent),
            },
          );
        }
      }
    };

    // 99 clients answering three times each: 99 in the sample, not 297, and not enough.
    await addClients(99, true, 3);
    let find = await references();
    expect(find('FULL', Dimension.COMMUNICATION)).toMatchObject({
      reliabilitySource: 'DEFAULT',
      sampleSize: 99,
      reliabilityLower: null,
      reliabilityUpper: null,
    });
    expect(find('FULL', 'INDEX').reliabilitySource).toBe('DEFAULT');

    // The hundredth client: adopted, with the Feldt interval reported.
    await addClients(1, true);
    find = await references();
    const communication = find('FULL', Dimension.COMMUNICATION);
    expect(communication).toMatchObject({ reliabilitySource: 'CLINIC', sampleSize: 100 });
    const items = CHECKIN_INSTRUMENT.items.filter(
      (item) => item.dimension === 'COMMUNICATION',
    ).length;
    const interval = feldtInterval(communication.reliability, 100, items);
    expect(communication.reliabilityLower!).toBeCloseTo(interval.lower, 2);
    expect(communication.reliabilityUpper!).toBeCloseTo(interval.upper, 2);
    expect(communication.reliabilityLower!).toBeGreaterThanOrEqual(
      CLINIC_RELIABILITY.minLowerBound,
    );
    expect(communication.reliabilityLower!).toBeLessThan(communication.reliability);
    expect(communication.reliabilityUpper!).toBeGreaterThan(communication.reliability);
    // The SD is the sample's, not the norm's.
    expect(communication.sd).not.toBe(CHECKIN_INSTRUMENT.norms.COMMUNICATION.clinicalSd);
    // The index by stratified alpha; the pulse shortened from the full form by Spearman–Brown.
    expect(find('FULL', 'INDEX')).toMatchObject({ reliabilitySource: 'CLINIC', sampleSize: 100 });
    const pulse = find('PULSE', Dimension.COMMUNICATION);
    expect(pulse.reliabilitySource).toBe('CLINIC');
    expect(pulse.reliability).toBeCloseTo(spearmanBrown(communication.reliability, 1 / items), 2);
    expect(find('PULSE', 'INDEX').reliabilitySource).toBe('CLINIC');
    // Another version's scores are read against that version's own references.
    expect(find('FULL', 'COMMUNICATION', 1)).toMatchObject({
      reliabilitySource: 'DEFAULT',
      sampleSize: 0,
    });

    // A couple's progress in this clinic is read against the clinic's reference.
    const eve = await client(at.id, 'Eve Reader');
    const pair = await couple(at, 'Eve Alone', [eve.id], 60);
    await checkin(pair, eve.id, 30, flat(50));
    await checkin(pair, eve.id, 10, flat(60));
    const trends = await trendsOf(counselor, pair.id);
    await expectCaseloadAgrees(counselor, pair.id);
    const change = progressOf(trends.series[0], 'FULL', Dimension.COMMUNICATION)!.sinceBaseline!;
    expect(change.sDiff).toBeCloseTo(
      Math.SQRT2 * communication.sd * Math.sqrt(1 - communication.reliability),
      1,
    );
  });

  it('keeps the default when 120 clients answer inconsistently (lower bound under .70)', async () => {
    const at = await clinic('Noisy Counseling');
    const host = await couple(at, 'Noisy Sample', [], 400);
    let seed = 11;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (let n = 0; n < 120; n++) {
      const person = await client(at.id, `Noisy ${n}`);
      const answers = CHECKIN_INSTRUMENT.items.map((item) => ({
        itemKey: item.key,
        value: 1 + Math.floor(random() * 5),
      }));
      await checkin(host, person.id, 100, {}, { form: CheckinForm.FULL, answers });
    }
    const result = await graphql<{ scoreReferences: Reference[] }>(await as(at.email), REFERENCES);
    const current = result.data!.scoreReferences.filter((r) => r.instrumentVersion === VERSION);
    expect(current).toHaveLength(14);
    for (const reference of current) {
      expect(reference).toMatchObject({ reliabilitySource: 'DEFAULT', sampleSize: 120 });
    }
  });
});
