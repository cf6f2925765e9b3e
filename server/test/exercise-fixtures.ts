import type { Client } from 'pg';
import { DEMO, graphql, signIn } from './app';
import type request from 'supertest';

type Agent = ReturnType<typeof request.agent>;

export const ASSIGN = `mutation ($input: AssignExerciseInput!) {
  assignExercise(input: $input) {
    id clientId recurrence cancelledAt exercise { id version title mode }
    occurrences { id sequence dueAt closedAt progress { clientId displayName status submissionId commentCount } }
  }
}`;
export const TODO = `query ($id: ID!) {
  myTodo(id: $id) {
    id status partnerStatus partnerName commentCount dueAt note
    exercise { title mode prompts { key kind required min max maxLength options { key } } }
    mine { id status sharing answers { promptKey text value optionKeys plannedAt } comments { body authorName } }
    partners { id authorName answers { promptKey text value optionKeys } comments { body } }
  }
}`;
export const SAVE_DRAFT = `mutation ($input: SaveDraftInput!) {
  saveDraft(input: $input) { id status answers { promptKey text value optionKeys plannedAt } }
}`;
export const SUBMIT = `mutation ($input: SubmitExerciseInput!) {
  submitExercise(input: $input) { id status sharing submittedAt answers { promptKey } }
}`;

/** Answers that complete the built-in "What I stand for" (values-inventory). */
export const VALUES_ANSWERS = [
  { promptKey: 'values', optionKeys: ['learning', 'friendship'] },
  { promptKey: 'own-time', value: 4 },
  { promptKey: 'one-step', text: 'Call my sister on Sunday.' },
];

export async function exerciseIdBySlug(owner: Client, slug: string): Promise<string> {
  const { rows } = await owner.query('SELECT id FROM exercise WHERE slug = $1', [slug]);
  return rows[0].id;
}

export async function idOf(owner: Client, sql: string, params: unknown[] = []): Promise<string> {
  const { rows } = await owner.query(sql, params);
  return rows[0].id;
}

/** A date `days` from now, as the API takes it. */
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

export async function assign(counselor: Agent, input: Record<string, unknown>) {
  const result = await graphql<{
    assignExercise: { id: string; occurrences: Array<{ id: string }> };
  }>(counselor, ASSIGN, { input });
  if (result.errors) throw new Error(`assign failed: ${result.errors[0].message}`);
  return result.data!.assignExercise;
}

/**
 * Through the API: Maya assigns the values inventory to the Morgans and Alex submits it
 * (private). Returns the couple, the assignment and the submission, for suites that need a
 * real clinical record of the demo's first clinic to aim at.
 */
export async function morgansSubmission(
  test: {
    browser(): Agent;
  },
  owner: Client,
): Promise<{ coupleId: string; assignmentId: string; submissionId: string }> {
  const coupleId = await idOf(
    owner,
    `SELECT p.couple_id AS id FROM couple_partner p JOIN app_user u ON u.id = p.client_id WHERE u.email = $1`,
    [DEMO.client],
  );
  const maya = test.browser();
  await signIn(maya, DEMO.counselor);
  const given = await assign(maya, {
    coupleId,
    exerciseId: await exerciseIdBySlug(owner, 'values-inventory'),
    dueAt: inDays(3),
  });
  const alex = test.browser();
  await signIn(alex, DEMO.client);
  const submitted = await graphql<{ submitExercise: { id: string } }>(alex, SUBMIT, {
    input: {
      todoId: given.occurrences[0].id,
      answers: VALUES_ANSWERS,
      sharing: 'PRIVATE',
      idempotencyKey: `fixture-${given.id}`,
    },
  });
  if (submitted.errors) throw new Error(`submit failed: ${submitted.errors[0].message}`);
  return { coupleId, assignmentId: given.id, submissionId: submitted.data!.submitExercise.id };
}
