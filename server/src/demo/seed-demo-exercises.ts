import { type Answer, type Prompt, PromptKind } from '@tandem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { type DemoCouple, seedDemoClinicsOnce } from './demo-couples';
import { DEMO_STORIES } from './demo-stories';

const DAY = 86_400_000;

const SAMPLE_TEXTS = [
  'We talked on the walk home and it felt easier than at the kitchen table.',
  'I noticed I say yes too quickly when I am tired.',
  'Sunday mornings work best for both of us.',
  'I would like us to plan one evening a week that is just ours.',
  'It helped to write it down first and then say it out loud.',
];

/** Plausible answers to any exercise, varied by `seed`, that pass its rules. */
export function sampleAnswers(prompts: Prompt[], seed: number): Answer[] {
  return prompts.map((prompt, index): Answer => {
    const n = seed + index;
    switch (prompt.kind) {
      case PromptKind.TEXT:
        return {
          promptKey: prompt.key,
          text: SAMPLE_TEXTS[n % SAMPLE_TEXTS.length].slice(0, prompt.maxLength),
        };
      case PromptKind.SCALE: {
        const span = (prompt.max ?? 10) - (prompt.min ?? 0);
        return { promptKey: prompt.key, value: (prompt.min ?? 0) + ((n * 3) % (span + 1)) };
      }
      case PromptKind.CHECKLIST:
        return {
          promptKey: prompt.key,
          optionKeys: (prompt.options ?? []).slice(n % 2, (n % 2) + 2).map((o) => o.key),
        };
      case PromptKind.CHOICE: {
        const options = prompt.options ?? [];
        return { promptKey: prompt.key, optionKeys: [options[n % options.length].key] };
      }
      case PromptKind.PLAN:
        return {
          promptKey: prompt.key,
          plannedAt: new Date(Date.now() + ((n % 5) + 2) * DAY).toISOString().slice(0, 16),
        };
    }
  });
}

interface Plan {
  slug: string;
  /** Days from today of the first due date. */
  firstDueIn: number;
  weeks?: number;
  /** Which past occurrences each partner submitted: 'both', 'first', 'none'. */
  done: 'both' | 'first' | 'none';
  comment?: string;
  note?: string;
  /** Given to every n-th couple only, so that not every couple looks disengaged. */
  onlyEvery?: number;
}

const PLANS: Plan[] = [
  {
    slug: 'weekly-sync',
    firstDueIn: -28,
    weeks: 6,
    done: 'both',
    note: 'Same time each week if you can.',
  },
  {
    slug: 'values-inventory',
    firstDueIn: -3,
    done: 'both',
    comment: 'Thank you both. Let us start next session with what you picked first.',
  },
  { slug: 'values-inventory', firstDueIn: -1, done: 'first', onlyEvery: 3 },
];

/**
 * Months of exercise history for the demo couples, so every page has something to show:
 * a weekly joint check-in with past weeks done, an individual exercise both answered (one
 * commented on), one half done and now overdue, and each client's notifications. Runs once.
 */
export async function seedDemoExercises(owner: DataSource, log: (line: string) => void) {
  await seedDemoClinicsOnce(
    owner,
    log,
    { marker: 'assignment', history: 'exercise history' },
    async (manager, clinicId, couple, index) => {
      for (const plan of PLANS) {
        if (plan.onlyEvery && index % plan.onlyEvery !== 0) continue;
        await seedPlan(manager, clinicId, couple, plan, index);
      }
    },
  );
}

async function seedPlan(
  manager: EntityManager,
  clinicId: string,
  couple: DemoCouple,
  plan: Plan,
  seed: number,
) {
  const [version] = await manager.query<[{ id: string; mode: string; prompts: Prompt[] }]>(
    `SELECT v.id, v.mode, v.prompts FROM exercise e
       JOIN exercise_version v ON v.exercise_id = e.id AND v.version = e.current_version WHERE e.slug = $1`,
    [plan.slug],
  );
  const weeks = plan.weeks ?? 1;
  const quietDays = DEMO_STORIES[couple.name.split(' ').at(-1) ?? '']?.quietDays ?? 0;
  const firstDue = new Date(Date.now() + plan.firstDueIn * DAY);
  firstDue.setHours(20, 0, 0, 0);
  const [{ id: assignmentId }] = await manager.query<[{ id: string }]>(
    `INSERT INTO assignment (clinic_id, couple_id, exercise_version_id, assigned_by, note, recurrence, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      clinicId,
      couple.id,
      version.id,
      couple.counselorId,
      plan.note ?? null,
      weeks > 1 ? 'WEEKLY' : 'NONE',
      new Date(firstDue.getTime() - 7 * DAY),
    ],
  );
  for (let week = 0; week < weeks; week++) {
    const dueAt = new Date(firstDue.getTime() + week * 7 * DAY);
    const [{ id: occurrenceId }] = await manager.query<[{ id: string }]>(
      `INSERT INTO assignment_occurrence (clinic_id, assignment_id, sequence, due_at) VALUES ($1, $2, $3, $4) RETURNING id`,
      [clinicId, assignmentId, week + 1, dueAt],
    );
    // A couple in a quiet spell (see demo-stories.ts) did nothing due within it.
    const past = dueAt.getTime() < Date.now() - quietDays * DAY;
    // The most recent past week of a joint check-in is left undone for every third couple.
    const skipped =
      version.mode === 'JOINT' && week === Math.floor(-plan.firstDueIn / 7) && seed % 3 === 0;
    if (!past || plan.done === 'none' || skipped) continue;
    const authors =
      version.mode === 'JOINT'
        ? [null]
        : plan.done === 'both'
          ? couple.clientIds
          : couple.clientIds.slice(0, 1);
    for (const [n, author] of authors.entries()) {
      const submittedAt = new Date(dueAt.getTime() - (n + 1) * 3_600_000);
      const [{ id: submissionId }] = await manager.query<[{ id: string }]>(
        `INSERT INTO submission (clinic_id, occurrence_id, client_id, answers, status, sharing, idempotency_key,
                                 updated_by, updated_at, submitted_at)
         VALUES ($1, $2, $3, $4, 'SUBMITTED', $5, $6, $7, $8, $8) RETURNING id`,
        [
          clinicId,
          occurrenceId,
          author,
          JSON.stringify(sampleAnswers(version.prompts, seed + week + n)),
          author ? 'AFTER_BOTH' : 'PARTNER',
          `demo-${occurrenceId}-${n}`,
          author ?? couple.clientIds[0],
          submittedAt,
        ],
      );
      if (plan.comment && n === 0) {
        await manager.query(
          `INSERT INTO submission_comment (clinic_id, submission_id, author_id, body, created_at) VALUES ($1, $2, $3, $4, $5)`,
          [
            clinicId,
            submissionId,
            couple.counselorId,
            plan.comment,
            new Date(submittedAt.getTime() + DAY),
          ],
        );
      }
    }
  }
}
