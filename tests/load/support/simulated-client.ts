import { randomUUID } from 'node:crypto';
import { CHECKIN_INSTRUMENT, type Prompt } from '@tandem/shared';
import { sampleAnswers } from '../../../bench/src/generate';
import type { LoadClient } from './population';

export type Submitted = 'exercise' | 'checkin';

/** A submission the API acknowledged: what it said it stored. */
export interface Ack {
  kind: Submitted;
  clientId: string;
  targetId: string;
  key: string;
  storedId: string;
}

/** Everything the clients saw, for the invariants and the report. */
export class LoadLog {
  sent = 0;
  retries = 0;
  duplicatesSent = 0;
  abandonedOnPurpose = 0;
  networkErrors = 0;
  /** The first few network errors, to tell a refused connection from a reset. */
  networkErrorSamples: string[] = [];
  errorCodes = new Map<string, number>();
  acks: Ack[] = [];
  /** Errors a client could not act on (not retryable): each is a failure of the product. */
  unexpected: string[] = [];
  /** 503 answers, and how many of them said when to come back (`Retry-After`). */
  unavailableAnswers = 0;
  unavailableWithRetryAfter = 0;

  count(code: string) {
    this.errorCodes.set(code, (this.errorCodes.get(code) ?? 0) + 1);
  }
}

const SUBMIT_EXERCISE = `mutation ($input: SubmitExerciseInput!) { submitExercise(input: $input) { id status } }`;
const SUBMIT_CHECKIN = `mutation ($input: SubmitCheckinInput!) { submitCheckin(input: $input) { id submittedAt } }`;
/** Varied pulse answers, and no safety concern (the form asks every safety statement too). */
const PULSE_ANSWERS = [
  ...CHECKIN_INSTRUMENT.items
    .filter((item) => item.pulse)
    .map((item, i) => ({ itemKey: item.key, value: 1 + (i % 5) })),
  ...CHECKIN_INSTRUMENT.safetyItems.map((item) => ({ itemKey: item.key, value: 1 })),
];

type Outcome = { ack: string } | { retry: true } | { fail: string };

/**
 * One person on a shaky connection: submits their to-do and their check-in once each, with
 * an idempotency key made once per submit, and behaves as real clients do under trouble:
 * double-clicks (two sends at once), gives up on a slow answer and sends again, replays a send
 * that already succeeded, and retries on network errors and retryable answers on whichever
 * API is up, until acknowledged or the deadline.
 */
export async function runClient(
  client: LoadClient,
  prompts: Prompt[],
  apis: () => string[],
  log: LoadLog,
  random: () => number,
  deadline: number,
): Promise<void> {
  const answers = sampleAnswers(prompts, new Date(Date.now() + 3 * 86_400_000));
  const jobs: Array<{ kind: Submitted; targetId: string; body: (key: string) => string }> = [
    {
      kind: 'exercise',
      targetId: client.todoId,
      body: (key) =>
        JSON.stringify({
          query: SUBMIT_EXERCISE,
          variables: {
            input: { todoId: client.todoId, answers, sharing: 'AFTER_BOTH', idempotencyKey: key },
          },
        }),
    },
    {
      kind: 'checkin',
      targetId: client.checkinId,
      body: (key) =>
        JSON.stringify({
          query: SUBMIT_CHECKIN,
          variables: {
            input: { checkinId: client.checkinId, answers: PULSE_ANSWERS, idempotencyKey: key },
          },
        }),
    },
  ];
  if (random() < 0.5) jobs.reverse();

  const send = async (body: string, patienceMs?: number): Promise<Outcome> => {
    const live = apis();
    if (live.length === 0) return { retry: true };
    const url = live[Math.floor(random() * live.length)];
    log.sent += 1;
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: client.cookie },
        body,
        signal: AbortSignal.timeout(patienceMs ?? 15_000),
      });
      const text = await response.text();
      if (response.status === 503) {
        log.unavailableAnswers += 1;
        if (Number(response.headers.get('retry-after')) > 0) log.unavailableWithRetryAfter += 1;
      }
      const json = JSON.parse(text) as {
        data?: Record<string, { id: string }> | null;
        errors?: Array<{ message: string; extensions?: { code?: string; retryable?: boolean } }>;
      };
      const error = json.errors?.[0];
      const stored = Object.values(json.data ?? {})[0];
      if (!error && stored) return { ack: stored.id };
      if (!error)
        return { fail: `HTTP ${response.status} without data or errors: ${text.slice(0, 200)}` };
      const code = error.extensions?.code ?? 'NONE';
      log.count(code);
      if (code === 'UNAVAILABLE' || error.extensions?.retryable) return { retry: true };
      return { fail: `${code}: ${error.message}` };
    } catch (error) {
      if ((error as Error).name === 'TimeoutError' && patienceMs) log.abandonedOnPurpose += 1;
      else {
        log.networkErrors += 1;
        if (log.networkErrorSamples.length < 3) {
          log.networkErrorSamples.push(
            `${(error as Error).message} ${String((error as Error).cause ?? '')}`,
          );
        }
      }
      return { retry: true };
    }
  };

  for (const job of jobs) {
    const key = randomUUID();
    const body = job.body(key);
    const style = random();
    let storedId: string | undefined;
    const accept = (outcome: Outcome) => {
      if ('ack' in outcome) {
        if (storedId && storedId !== outcome.ack) {
          log.unexpected.push(`${job.kind} ${job.targetId}: two ids for one key`);
        }
        storedId = outcome.ack;
        log.acks.push({ ...job, clientId: client.clientId, key, storedId: outcome.ack });
      } else if ('fail' in outcome) {
        log.unexpected.push(`${job.kind} ${job.targetId}: ${outcome.fail}`);
      }
    };
    if (style < 0.25) {
      // A double click: the same submit twice at once.
      log.duplicatesSent += 1;
      (await Promise.all([send(body), send(body)])).forEach(accept);
    } else if (style < 0.5) {
      // Impatient: gives up after a few milliseconds, whether or not the server got it.
      accept(await send(body, 1 + Math.floor(random() * 40)));
    }
    let attempt = 0;
    while (!storedId && Date.now() < deadline && log.unexpected.length === 0) {
      if (attempt > 0) {
        log.retries += 1;
        await new Promise((done) =>
          setTimeout(done, 50 + random() * Math.min(2_000, 100 * 2 ** attempt)),
        );
      }
      attempt += 1;
      accept(await send(body));
    }
    if (storedId && style >= 0.5 && style < 0.7) {
      // Sent again after success (a reload that resubmits): the same submission comes back.
      log.duplicatesSent += 1;
      accept(await send(body));
    }
  }
}
