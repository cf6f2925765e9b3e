import { answerProblems, BUILT_IN_EXERCISES } from '@tandem/shared';
import { createDataSource } from '../src/database/data-source';
import { sampleAnswers, seedDemoExercises } from '../src/demo/seed-demo-exercises';
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
      // 13 active demo couples × 3 assignments.
      expect(counts.assignments).toBe(39);
      expect(counts.comments).toBe(13);
      expect(counts.submitted).toBeGreaterThan(60);
      expect(counts.upcoming).toBeGreaterThanOrEqual(13);
    } finally {
      await owner.destroy();
    }
  });
});
