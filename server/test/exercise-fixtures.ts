import type { Client } from 'pg';
import { graphql } from './app';
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
