import { answerProblems, BUILT_IN_EXERCISES } from '@tandem/shared';
import { createDataSource } from '../src/database/data-source';
import { seedDemoCheckins } from '../src/demo/seed-demo-checkins';
import { sampleAnswers, seedDemoExercises } from '../src/demo/seed-demo-exercises';
import { seedDemoNotes } from '../src/demo/seed-demo-notes';
import { DEMO, graphql, signIn, startTestApp } from './app';
import { createTestDatabase, TestDatabase } from './database';

describe('demo exercise history', () => {
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
      expect(counts.comments).toBe(13);
      expect(counts.submitted).toBeGreaterThan(60);
      expect(counts.upcoming).toBeGreaterThanOrEqual(13);
    } finally {
      await owner.destroy();
    }
  });

  it("gives the demo counselor's caseload every kind of flag, and months of scores", async () => {
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
        caseload: { items: Array<{ name: string; flags: Array<{ kind: string }> }> };
      }>(maya, '{ caseload(limit: 50) { items { name flags { kind reason } } } }');
      const kinds = new Set(
        result.data!.caseload.items.flatMap((couple) => couple.flags.map((flag) => flag.kind)),
      );
      expect([...kinds].sort()).toEqual([
        'CHECKIN_DUE',
        'DISENGAGED',
        'HIGH_CODEPENDENCE_RISK',
        'LARGE_PARTNER_GAP',
        'NOT_ON_TRACK',
        'RELIABLE_DETERIORATION',
      ]);
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
      const { engagement, outcomes, counselors } = overview.data!.clinicOverview;
      expect(Object.values(outcomes).reduce((a, b) => a + b, 0)).toBe(24);
      expect(outcomes.recovered + outcomes.improved).toBeGreaterThan(0);
      expect(outcomes.deteriorated).toBeGreaterThan(0);
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
