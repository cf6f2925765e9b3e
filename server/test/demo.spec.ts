import {
  answerProblems,
  BUILT_IN_EXERCISES,
  CHECKIN_INSTRUMENT,
  CheckinForm,
  CLINIC_RELIABILITY,
  Dimension,
  isStraightLined,
  POSITIVE_DIMENSIONS,
  safetyConcern,
  scoreCheckin,
} from '@tandem/shared';
import { createDataSource } from '../src/database/data-source';
import { answersScoring } from '../src/demo/demo-answers';
import { PAST_EPISODES, pastEpisodes } from '../src/demo/past-episodes';
import { seedDemoCheckins } from '../src/demo/seed-demo-checkins';
import { sampleAnswers, seedDemoExercises } from '../src/demo/seed-demo-exercises';
import { seedDemoNotes } from '../src/demo/seed-demo-notes';
import { DEMO, graphql, signIn, startTestApp } from './app';
import { createTestDatabase, TestDatabase } from './database';

interface Change {
  points: number;
  rci: number;
  reliable: boolean;
  status: string;
}
interface Reference {
  key: string;
  form: string;
  reliabilitySource: string;
  reliabilityLower: number | null;
  sampleSize: number;
}
interface CaseloadCouple {
  id: string;
  name: string;
  openSafetyAlerts: number;
  flags: Array<{ kind: string; reason: string }>;
  progress: Array<{
    displayName: string;
    latestStraightLined: boolean;
    latestCodependenceRisk: number | null;
    index: { sinceBaseline: Change | null; sincePrevious: Change | null };
    expected: { low: number; median: number; couples: number } | null;
  }>;
}

const CHANGE = 'points rci reliable status';
const CASELOAD = `{
  caseload(limit: 50) {
    items {
      id name openSafetyAlerts
      flags { kind reason }
      progress {
        displayName latestStraightLined latestCodependenceRisk
        index { sinceBaseline { ${CHANGE} } sincePrevious { ${CHANGE} } }
        expected { low median couples }
      }
    }
    references { key form reliabilitySource reliabilityLower sampleSize }
  }
}`;

describe('demo data', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('writes answers that every built-in exercise accepts as complete', () => {
    for (const exercise of BUILT_IN_EXERCISES) {
      for (const seed of [0, 1, 2, 7]) {
        const problems = answerProblems(exercise.prompts, sampleAnswers(exercise.prompts, seed), {
          complete: true,
        });
        expect({ slug: exercise.slug, seed, problems }).toEqual({
          slug: exercise.slug,
          seed,
          problems: [],
        });
      }
    }
  });

  it('answers check-ins close to the scores a story asks for, never straight-lined', () => {
    for (const level of [0, 3, 38, 50, 62.5, 77, 100]) {
      const targets = Object.fromEntries(
        Object.values(Dimension).map((dimension, n) => [dimension, Math.min(100, level + n)]),
      ) as Record<Dimension, number>;
      for (const form of [CheckinForm.FULL, CheckinForm.PULSE]) {
        const answers = answersScoring(targets, form);
        expect(isStraightLined(CHECKIN_INSTRUMENT, form, answers)).toBe(false);
        expect(safetyConcern(CHECKIN_INSTRUMENT, answers)).toBe(false);
        if (form === CheckinForm.PULSE) continue;
        const scores = scoreCheckin(CHECKIN_INSTRUMENT, form, answers);
        for (const dimension of POSITIVE_DIMENSIONS) {
          // One keyed step of one statement (5 points) at most: the line is broken by a pair that cancels.
          expect(Math.abs(scores.dimensions[dimension]! - targets[dimension])).toBeLessThanOrEqual(
            5,
          );
        }
      }
    }
    const concern = answersScoring(
      Object.fromEntries(Object.values(Dimension).map((d) => [d, 50])) as Record<Dimension, number>,
      CheckinForm.PULSE,
      { 'safe-controlled': 4 },
    );
    expect(safetyConcern(CHECKIN_INSTRUMENT, concern)).toBe(true);
  });

  it('generates the same past every time, enough for a reliability estimate and comparison couples', () => {
    const now = new Date('2026-12-07T12:00:00Z');
    const past = pastEpisodes(now, 'riverbend.example');
    expect(pastEpisodes(now, 'riverbend.example')).toEqual(past);
    expect(past).toHaveLength(PAST_EPISODES.couples);
    const emails = past.flatMap((couple) => couple.partners.map((partner) => partner.email));
    expect(new Set(emails).size).toBe(2 * PAST_EPISODES.couples);
    for (const couple of past) {
      expect(couple.endedAt.getTime()).toBeLessThan(now.getTime());
      for (const partner of couple.partners) {
        const times = partner.checkins.map((checkin) => checkin.takenAt.getTime());
        expect(times.length).toBeGreaterThanOrEqual(4); // at least 10 weeks of care
        expect(Math.min(...times.slice(1).map((at, k) => at - times[k]))).toBe(21 * 86_400_000);
        expect(times.at(-1)!).toBeLessThan(couple.endedAt.getTime());
      }
    }
  });

  it('loads once: past weeks done, one commented, one overdue, nothing twice', async () => {
    const owner = await createDataSource(database.ownerUrl, 'owner').initialize();
    try {
      const log = jest.fn();
      await seedDemoExercises(owner, log);
      await seedDemoExercises(owner, log);
      expect(log).toHaveBeenCalledTimes(2); // one line per clinic, the first time only
      const [counts] = await owner.query(`
        SELECT (SELECT count(*)::int FROM assignment) AS assignments,
               (SELECT count(*)::int FROM submission WHERE status = 'SUBMITTED') AS submitted,
               (SELECT count(*)::int FROM submission_comment) AS comments,
               (SELECT count(*)::int FROM assignment_occurrence WHERE due_at > now()) AS upcoming`);
      // 13 active demo couples × 2 assignments, and a third for every third couple of each clinic.
      expect(counts.assignments).toBe(31);
      // One comment per couple that answered; the Silvas, in a quiet spell, did not.
      expect(counts.comments).toBe(12);
      expect(counts.submitted).toBeGreaterThan(60);
      expect(counts.upcoming).toBeGreaterThanOrEqual(13);
    } finally {
      await owner.destroy();
    }
  });

  it("gives each flag of the demo counselor's caseload to the couple whose story it is, and no other", async () => {
    const test = await startTestApp();
    const owner = await createDataSource(test.database.ownerUrl, 'owner').initialize();
    try {
      await seedDemoExercises(owner, () => undefined);
      await seedDemoCheckins(owner, () => undefined);
      const [{ weeks }] = await owner.query(
        `SELECT extract(epoch FROM max(taken_at) - min(taken_at)) / 604800 AS weeks
           FROM checkin_score s JOIN couple c ON c.id = s.couple_id WHERE c.name = 'Alex & Sam Morgan'`,
      );
      expect(Number(weeks)).toBeGreaterThan(40); // about eleven months in care
      const maya = test.browser();
      await signIn(maya, DEMO.counselor);
      const result = await graphql<{
        caseload: { items: CaseloadCouple[]; references: Reference[] };
      }>(maya, CASELOAD);
      expect(result.errors).toBeUndefined();
      const couples = result.data!.caseload.items;
      const flagsOf = Object.fromEntries(
        couples.map((couple) => [couple.name, couple.flags.map((flag) => flag.kind).sort()]),
      );
      expect(flagsOf).toEqual({
        'Alex & Sam Morgan': ['RELAPSE'],
        'Jordan & Casey Bennett': ['NOT_ON_TRACK', 'RELIABLE_DETERIORATION'],
        'Riley & Taylor Nguyen': ['LARGE_PARTNER_GAP', 'NOT_ON_TRACK'],
        'Jamie & Drew Castillo': ['HIGH_CODEPENDENCE_RISK', 'URGENT_SAFETY'],
        'Dana & Chris Haddad': ['CHECKIN_DUE'],
        'Robin & Jesse Silva': ['CHECKIN_DUE', 'DISENGAGED'],
      });
      const partner = (name: string) =>
        couples.flatMap((couple) => couple.progress).find((p) => p.displayName === name)!;
      // Whose flag it is: the relapse and deterioration read the full index since previous.
      const sam = partner('Sam Morgan').index;
      expect(sam.sinceBaseline).toMatchObject({ reliable: true, status: 'IMPROVED' });
      expect(sam.sincePrevious!.reliable).toBe(true);
      expect(sam.sincePrevious!.rci).toBeLessThanOrEqual(-1.96);
      expect(partner('Casey Bennett').index.sinceBaseline!.status).toBe('DETERIORATED');
      expect(partner('Riley Nguyen').index.sinceBaseline!.status).toBe('RECOVERED');
      // The expected-change line, learned from the clinic's past episodes, shows where enough
      // comparable couples exist, and Taylor is below it.
      const taylor = partner('Taylor Nguyen');
      expect(taylor.expected!.couples).toBeGreaterThanOrEqual(30);
      expect(taylor.index.sinceBaseline!.points).toBeLessThan(taylor.expected!.low);
      // Chris answered "strongly disagree" to everything: marked, and no codependence flag
      // although that response scores codependence risk 60.
      const straight = couples
        .flatMap((couple) => couple.progress)
        .filter((p) => p.latestStraightLined)
        .map((p) => [p.displayName, p.latestCodependenceRisk]);
      expect(straight).toEqual([['Chris Haddad', 60]]);
      // Drew's safety answer waits for an individual safety check.
      const castillo = couples.find((couple) => couple.name === 'Jamie & Drew Castillo')!;
      expect(castillo.openSafetyAlerts).toBe(1);
      const alerts = await graphql<{
        safetyAlerts: { openCount: number; items: Array<{ clientName: string }> };
      }>(
        maya,
        'query ($id: ID!) { safetyAlerts(coupleId: $id) { openCount items { clientName } } }',
        { id: castillo.id },
      );
      expect(alerts.errors).toBeUndefined();
      expect(alerts.data!.safetyAlerts.openCount).toBe(1);
      expect(alerts.data!.safetyAlerts.items.map((a) => a.clientName)).toEqual(['Drew Castillo']);
      // The clinic's own reliability for the index, from one intake per client (the past couples'
      // clients with the current ones), is adopted: that is what the changes above were read against.
      const fullIndex = result.data!.caseload.references.find(
        (reference) => reference.key === 'INDEX' && reference.form === 'FULL',
      )!;
      expect(fullIndex.reliabilitySource).toBe('CLINIC');
      expect(fullIndex.sampleSize).toBe(2 * PAST_EPISODES.couples + 24);
      expect(fullIndex.reliabilityLower).toBeGreaterThanOrEqual(CLINIC_RELIABILITY.minLowerBound);
      // Full check-ins at least 7 days apart, pulses between them, all on the current version.
      const [gaps] = await owner.query(`
        SELECT min(gap) AS "fullGapDays", count(*) FILTER (WHERE form = 'PULSE') AS pulses,
               count(DISTINCT instrument_version)::int AS versions
          FROM (SELECT k.form, k.instrument_version,
                       extract(epoch FROM k.submitted_at - lag(k.submitted_at) OVER (
                         PARTITION BY k.client_id, k.form ORDER BY k.submitted_at)) / 86400 AS gap
                  FROM checkin k JOIN couple c ON c.id = k.couple_id AND c.status = 'ACTIVE'
                 WHERE k.submitted_at IS NOT NULL) x`);
      expect(Number(gaps.fullGapDays)).toBeGreaterThanOrEqual(7);
      expect(Number(gaps.pulses)).toBeGreaterThan(100);
      expect(gaps.versions).toBe(1);
      // The clinic's past: discharged couples, each in a closed episode, former clients deactivated.
      const [past] = await owner.query(`
        SELECT count(DISTINCT c.id)::int AS couples, count(DISTINCT e.id) FILTER (WHERE e.ended_at < now())::int AS closed,
               count(DISTINCT u.id) FILTER (WHERE u.status = 'DEACTIVATED')::int AS former
          FROM couple c JOIN care_episode e ON e.couple_id = c.id
          JOIN couple_partner p ON p.couple_id = c.id JOIN app_user u ON u.id = p.client_id
         WHERE c.status = 'DISCHARGED'`);
      expect(past).toEqual({
        couples: PAST_EPISODES.couples,
        closed: PAST_EPISODES.couples,
        former: 2 * PAST_EPISODES.couples,
      });
      // The admin sees engagement and outcomes for the clinic and per counselor.
      const admin = test.browser();
      await signIn(admin, DEMO.admin);
      const overview = await graphql<{
        clinicOverview: {
          engagement: { due: number; onTime: number; rate: number };
          outcomes: Record<string, number>;
          counselors: Array<{
            displayName: string;
            coupleCount: number;
            outcomes: Record<string, number>;
          }>;
        };
      }>(
        admin,
        `
          {
            clinicOverview {
              engagement {
                due
                onTime
                rate
              }
              outcomes {
                recovered
                improved
                unchanged
                deteriorated
                notMeasured
              }
              counselors {
                displayName
                coupleCount
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
      const { engagement, outcomes, counselors } = overview.data!.clinicOverview;
      // The 24 clients of couples in care; discharged couples' clients are not counted.
      expect(Object.values(outcomes).reduce((a, b) => a + b, 0)).toBe(24);
      expect(outcomes.recovered + outcomes.improved).toBeGreaterThan(0);
      expect(outcomes.deteriorated).toBeGreaterThan(0);
      expect(outcomes.notMeasured).toBe(2); // the Kowalskis have one full check-in each
      expect(engagement.due).toBeGreaterThan(0);
      expect(engagement.rate).toBeGreaterThan(0);
      expect(engagement.rate).toBeLessThan(1);
      expect(counselors.map((c) => [c.displayName, c.coupleCount])).toEqual([
        ['Daniel Reyes', 4],
        ['Maya Okafor', 4],
        ['Priya Shah', 4],
      ]);
      // Alex Morgan has a check-in open to take today.
      const alex = test.browser();
      await signIn(alex, DEMO.client);
      const open = await graphql<{ myCheckins: { totalCount: number } }>(
        alex,
        '{ myCheckins { totalCount } }',
      );
      expect(open.data!.myCheckins.totalCount).toBe(1);
    } finally {
      await owner.destroy();
      await test.close();
    }
  });

  it('writes a few linked session notes per couple once, with an edited and a retracted one', async () => {
    const test = await startTestApp();
    const owner = await createDataSource(test.database.ownerUrl, 'owner').initialize();
    try {
      await seedDemoExercises(owner, () => undefined);
      await seedDemoCheckins(owner, () => undefined);
      const log = jest.fn();
      await seedDemoNotes(owner, log);
      await seedDemoNotes(owner, log);
      expect(log).toHaveBeenCalledTimes(2); // one line per clinic, the first time only
      const [counts] = await owner.query(`
        SELECT (SELECT count(DISTINCT couple_id)::int FROM session_note) AS couples,
               (SELECT count(*)::int FROM couple WHERE status = 'ACTIVE') AS active,
               (SELECT count(*)::int FROM session_note_version WHERE version = 2) AS edited,
               (SELECT count(*)::int FROM session_note WHERE retracted_at IS NOT NULL) AS retracted,
               (SELECT count(*)::int FROM session_note_version
                 WHERE cardinality(assignment_ids) > 0 AND cardinality(checkin_ids) > 0) AS linked`);
      // Each clinic's first couple has an edited note; Riverbend's second a retracted one.
      expect(counts).toMatchObject({ couples: counts.active, edited: 2, retracted: 1 });
      expect(counts.linked).toBeGreaterThan(10);
      // The demo counselor sees them in the Morgans' timeline, interleaved with the rest.
      const maya = test.browser();
      await signIn(maya, DEMO.counselor);
      const [{ id: morgan }] = await owner.query(
        "SELECT id FROM couple WHERE name = 'Alex & Sam Morgan'",
      );
      const timeline = await graphql<{ coupleTimeline: { items: Array<{ __typename: string }> } }>(
        maya,
        'query ($id: ID!) { coupleTimeline(coupleId: $id, limit: 100) { items { __typename } } }',
        { id: morgan },
      );
      const kinds = new Set(timeline.data!.coupleTimeline.items.map((item) => item.__typename));
      expect(kinds).toEqual(
        new Set([
          'NoteTimelineEntry',
          'AssignmentTimelineEntry',
          'SubmissionTimelineEntry',
          'CheckinTimelineEntry',
        ]),
      );
    } finally {
      await owner.destroy();
      await test.close();
    }
  });
});
