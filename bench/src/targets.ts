import { randomUUID } from 'node:crypto';
import {
  CASELOAD_COUPLES,
  EPISODES_AND_PARTNERS,
  landmarksSql,
  RECENT_FULL_INDEX,
  type SeriesSpec,
  TodoList,
  todoListSql,
  TREND_EVENTS,
  TREND_PEOPLE,
  TREND_POINTS,
} from '@tandem/server/testing';
import { CheckinForm, Dimension } from '@tandem/shared';
import { withClient } from './bench-database';
import { dashboardDocument } from './dashboard-documents';
import { BENCH_PASSWORD, sampleAnswers } from './generate';
import { giveOpenTodos } from './open-todos';
import type { HttpTarget } from './http-load';
import type { SqlWork } from './sql-load';

/** One thing a user waits for, as the dashboard asks for it, and the same data work in SQL. */
export interface Target {
  name: string;
  http: HttpTarget;
  /** The raw-SQL baseline (reads only), run as `scope` under row-level security. */
  sql?: SqlWork;
  scope: { clinicId: string; userId: string };
}

export interface SignedIn {
  cookie: string;
  userId: string;
  clinicId: string;
}

const JSON_HEADERS = { 'content-type': 'application/json' };
/** What the dashboard asks for: the first page of the caseload, by attention. */
const CASELOAD_PAGE = { limit: 25, offset: 0, sort: 'ATTENTION', flaggedOnly: false, search: null };
const TODO_PAGE = { list: 'OPEN', limit: 20, offset: 0 };

export async function graphqlRequest(
  url: string,
  body: object,
  cookie?: string,
): Promise<{ data?: Record<string, unknown>; errors?: unknown[]; setCookie: string | null }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { ...JSON_HEADERS, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  return { ...json, setCookie: response.headers.get('set-cookie') };
}

/** Signs in through the API, as the dashboard does, and keeps the session cookie. */
export async function signIn(url: string, ownerUrl: string, email: string): Promise<SignedIn> {
  const result = await graphqlRequest(url, {
    query: dashboardDocument('Login'),
    variables: { input: { email, password: BENCH_PASSWORD } },
  });
  if (result.errors || !result.setCookie) {
    throw new Error(`Could not sign in as ${email}: ${JSON.stringify(result.errors)}`);
  }
  const cookie = result.setCookie.split(';')[0];
  const { rows } = await withClient(ownerUrl, (owner) =>
    owner.query<{ id: string; clinicId: string }>(
      'SELECT id, clinic_id AS "clinicId" FROM app_user WHERE email = $1',
      [email],
    ),
  );
  return { cookie, userId: rows[0].id, clinicId: rows[0].clinicId };
}

const headersOf = (user: SignedIn) => ({ ...JSON_HEADERS, cookie: user.cookie });
const scopeOf = (user: SignedIn) => ({ clinicId: user.clinicId, userId: user.userId });

/** The series the caseload reads per partner (the progress reader's default). */
const CASELOAD_SERIES: SeriesSpec[] = [
  { form: CheckinForm.FULL, key: 'INDEX' },
  { form: CheckinForm.PULSE, key: 'INDEX' },
  { form: CheckinForm.FULL, key: Dimension.CODEPENDENCE_RISK },
];

export function caseloadTarget(counselor: SignedIn, couples: number): Target {
  return {
    name: `caseload (${couples} couples)`,
    http: {
      headers: headersOf(counselor),
      body: JSON.stringify({ query: dashboardDocument('Caseload'), variables: CASELOAD_PAGE }),
    },
    sql: async (client) => {
      // The couples, then their progress as the reader reads it; the clinic's references and
      // expected-change model are cached by the server, so they are not per-request work.
      const { rows } = await client.query(CASELOAD_COUPLES, [counselor.userId, null, 2]);
      const ids = rows.map((row: { id: string }) => row.id);
      await client.query(EPISODES_AND_PARTNERS, [ids]);
      await client.query(landmarksSql(CASELOAD_SERIES), [ids]);
      await client.query(RECENT_FULL_INDEX, [ids, 6]);
    },
    scope: scopeOf(counselor),
  };
}

/** A couple's trends as its counselor sees them, over the last `months` (null: all). */
export function trendsTarget(
  counselor: SignedIn,
  couple: { id: string; clientIds: string[] },
  months: number | null,
  label: string,
): Target {
  const from =
    months === null ? null : new Date(Date.now() - months * 30.44 * 86_400_000).toISOString();
  const range = [couple.id, couple.clientIds, from, null];
  return {
    name: `trends (${label})`,
    http: {
      headers: headersOf(counselor),
      body: JSON.stringify({
        query: dashboardDocument('CoupleTrends'),
        variables: { coupleId: couple.id, from, to: null },
      }),
    },
    sql: async (client) => {
      await client.query(TREND_POINTS, range);
      await client.query(TREND_PEOPLE, [couple.clientIds]);
      await client.query(TREND_EVENTS, range);
    },
    scope: scopeOf(counselor),
  };
}

export function todosTarget(client: SignedIn): Target {
  const sql = todoListSql(TodoList.OPEN);
  return {
    name: "client's to-do list",
    http: {
      headers: headersOf(client),
      body: JSON.stringify({ query: dashboardDocument('MyTodos'), variables: TODO_PAGE }),
    },
    sql: async (pooled) => {
      await pooled.query(sql.items, [client.userId, TODO_PAGE.limit, TODO_PAGE.offset]);
      await pooled.query(sql.total, [client.userId]);
    },
    scope: scopeOf(client),
  };
}

/**
 * Submitting an exercise: each request answers a new to-do of `writer`, prepared beforehand
 * (one-off individual assignments due next week), with a fresh idempotency key.
 */
export async function submitTarget(
  writer: SignedIn,
  ownerUrl: string,
  todos: number,
): Promise<Target & { submitted: () => number }> {
  const { todos: given, prompts } = await withClient(ownerUrl, (owner) =>
    giveOpenTodos(owner, [writer.userId], todos),
  );
  const todoIds = given.map((todo) => todo.todoId);
  const answers = sampleAnswers(prompts, new Date(Date.now() + 3 * 86_400_000));
  const query = dashboardDocument('SubmitExercise');
  let next = 0;
  return {
    name: 'submit an exercise (write)',
    http: {
      headers: headersOf(writer),
      body: () => {
        // Past the prepared ones, the request is refused and counted as a failure.
        const todoId = todoIds[next++] ?? todoIds[todoIds.length - 1];
        return JSON.stringify({
          query,
          variables: {
            input: { todoId, answers, sharing: 'AFTER_BOTH', idempotencyKey: randomUUID() },
          },
        });
      },
    },
    scope: scopeOf(writer),
    submitted: () => Math.min(next, todoIds.length),
  };
}

/** The couple of a client, with both partners' ids. */
export function coupleOf(ownerUrl: string, clientEmail: string) {
  return withClient(ownerUrl, async (owner) => {
    const { rows } = await owner.query(
      `SELECT p.couple_id AS id, array_agg(o.client_id ORDER BY o.client_id) AS "clientIds"
         FROM app_user u JOIN couple_partner p ON p.client_id = u.id
         JOIN couple_partner o ON o.couple_id = p.couple_id
        WHERE u.email = $1 GROUP BY p.couple_id`,
      [clientEmail],
    );
    return rows[0] as { id: string; clientIds: string[] };
  });
}
