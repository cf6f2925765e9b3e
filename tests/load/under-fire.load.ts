import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { random } from '../../server/test/fuzz/hostile-requests';
import { startApi, type ApiProcess } from './support/api';
import { startThrowawayCluster, type ThrowawayCluster } from './support/cluster';
import { checkExactlyOnce } from './support/exactly-once';
import { populate, type LoadClient, type Population } from './support/population';
import { LoadLog, runClient } from './support/simulated-client';

/** Simulated clients per scenario: 60 inside npm test, 240 in npm run test:load. */
const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 60);
const ARTIFACTS = resolve(__dirname, '../../test-artifacts/load');
const SCENARIO_DEADLINE_MS = 60_000;
const RECOVERY_AIM_MS = 30_000;
/** A request whose connection the API never accepted (refused or reset while connecting). */
const NOT_ACCEPTED = -1;

jest.setTimeout(240_000);

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Runs every client at once against whichever APIs `apis()` names, until all are done. */
async function drive(
  clients: LoadClient[],
  population: Population,
  apis: () => string[],
  seed: number,
) {
  const log = new LoadLog();
  const next = random(seed);
  const deadline = Date.now() + SCENARIO_DEADLINE_MS;
  const done = Promise.all(
    clients.map((client) => runClient(client, population.prompts, apis, log, next, deadline)),
  );
  return { log, done };
}

function report(name: string, figures: Record<string, unknown>) {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, `${name}.json`), `${JSON.stringify(figures, null, 2)}\n`);
  process.stdout.write(`load ${name}: ${JSON.stringify(figures)}\n`);
}

describe(`under fire: ${CLIENTS} clients per scenario submitting with retries and duplicates`, () => {
  let cluster: ThrowawayCluster;
  let population: Population;
  const logFile = join(ARTIFACTS, 'api.log');
  const slice = (n: number) => population.clients.slice(n * CLIENTS, (n + 1) * CLIENTS);

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    cluster = await startThrowawayCluster();
    population = await populate(cluster.ownerUrl, CLIENTS * 3);
  });
  afterAll(() => cluster?.remove());

  it('loses nothing when PostgreSQL is killed and started again, and says so while it is down', async () => {
    const api = await startApi(cluster.ownerUrl, logFile);
    const readiness: Array<{ at: number; status: number }> = [];
    let polling = true;
    const poll = (async () => {
      while (polling) {
        const status = await fetch(`${api.url}/health/ready`, {
          signal: AbortSignal.timeout(2_000),
        })
          .then((response) => response.status)
          .catch(() => 0);
        readiness.push({ at: Date.now(), status });
        await sleep(200);
      }
    })();
    const { log, done } = await drive(slice(0), population, () => [api.url], 1);
    await sleep(300);
    const killedAt = Date.now();
    cluster.kill();
    await sleep(3_000);
    const codesWhileDown = new Map(log.errorCodes);
    await cluster.restart();
    const restartedAt = Date.now();
    await done;
    polling = false;
    await poll;
    api.signal('SIGTERM');
    await api.exited;

    const readyAgainAt = readiness.find((r) => r.at > restartedAt && r.status === 200)?.at;
    const outcome = await checkExactlyOnce(cluster.ownerUrl, slice(0), log);
    const figures = {
      clients: CLIENTS,
      sent: log.sent,
      retries: log.retries,
      duplicatesSent: log.duplicatesSent,
      abandonedOnPurpose: log.abandonedOnPurpose,
      networkErrors: log.networkErrors,
      networkErrorSamples: log.networkErrorSamples,
      errorCodes: Object.fromEntries(log.errorCodes),
      unavailableAnswers: log.unavailableAnswers,
      unavailableWithRetryAfter: log.unavailableWithRetryAfter,
      outageMs: restartedAt - killedAt,
      readinessDown: readiness.some(
        (r) => r.at > killedAt && r.at < restartedAt && r.status === 503,
      ),
      recoveryMs: readyAgainAt ? readyAgainAt - restartedAt : null,
      ...outcome,
    };
    report('postgres-killed', figures);
    expect(log.unexpected).toEqual([]);
    expect(codesWhileDown.get('UNAVAILABLE') ?? 0).toBeGreaterThan(0);
    expect(log.unavailableAnswers).toBeGreaterThan(0);
    expect(log.unavailableWithRetryAfter).toBe(log.unavailableAnswers);
    expect([...log.errorCodes.keys()].filter((code) => code !== 'UNAVAILABLE')).toEqual([]);
    expect(figures.readinessDown).toBe(true);
    expect(figures.recoveryMs).not.toBeNull();
    expect(figures.recoveryMs!).toBeLessThan(RECOVERY_AIM_MS);
    expect(outcome).toMatchObject({
      acknowledged: CLIENTS * 2,
      storedOnce: CLIENTS * 2,
      lost: 0,
      duplicated: 0,
      mismatched: 0,
      doubleScored: 0,
    });
  });

  it('loses nothing when one of two replicas is killed: clients carry on with the other', async () => {
    const replicas: ApiProcess[] = [
      await startApi(cluster.ownerUrl, logFile),
      await startApi(cluster.ownerUrl, logFile),
    ];
    const live = new Set(replicas.map((replica) => replica.url));
    // Clients try both until the load balancer would notice; a dead one fails fast.
    const { log, done } = await drive(slice(1), population, () => [...live], 2);
    await sleep(300);
    replicas[0].signal('SIGKILL');
    await replicas[0].exited;
    await sleep(1_000);
    live.delete(replicas[0].url);
    await done;
    replicas[1].signal('SIGTERM');
    await replicas[1].exited;
    const outcome = await checkExactlyOnce(cluster.ownerUrl, slice(1), log);
    report('replica-killed', {
      clients: CLIENTS,
      sent: log.sent,
      retries: log.retries,
      duplicatesSent: log.duplicatesSent,
      networkErrors: log.networkErrors,
      errorCodes: Object.fromEntries(log.errorCodes),
      ...outcome,
    });
    expect(log.unexpected).toEqual([]);
    expect(outcome).toMatchObject({
      acknowledged: CLIENTS * 2,
      storedOnce: CLIENTS * 2,
      lost: 0,
      duplicated: 0,
      mismatched: 0,
    });
  });

  it('finishes every request in flight when an API is stopped with SIGTERM', async () => {
    const api = await startApi(cluster.ownerUrl, logFile);
    const clients = slice(2);
    const inFlight = new Set<Promise<number>>();
    const results: Array<{ client: string; startedBeforeStop: boolean; status: number }> = [];
    let stopAt = Infinity;
    const failures: string[] = [];
    const send = (client: LoadClient) => {
      const startedBeforeStop = Date.now() < stopAt;
      const request = fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: client.cookie },
        body: JSON.stringify({ query: '{ myTodos { totalCount items { id } } }' }),
      })
        .then(async (response) => {
          await response.json();
          return response.status;
        })
        .catch((error: Error) => {
          if (failures.length < 3) failures.push(`${error.message} ${String(error.cause ?? '')}`);
          // A connection refused or reset while connecting never reached the API: like one
          // still in the kernel's backlog, it was not in flight (a balancer sends it elsewhere).
          const cause = error.cause as { syscall?: string } | undefined;
          return cause?.syscall === 'connect' ? NOT_ACCEPTED : 0;
        });
      inFlight.add(request);
      return request.then((status) => {
        inFlight.delete(request);
        if (status === NOT_ACCEPTED) return;
        results.push({ client: client.clientId, startedBeforeStop, status });
      });
    };
    // Every client reads one request after another on its own keep-alive connection, as a
    // dashboard does, until the stop; the stop then lands while each has one in flight.
    const busy = clients.map(async (client) => {
      while (Date.now() < stopAt) {
        await send(client);
      }
    });
    // Stop once every client's connection has been accepted (each has had an answer): a
    // connection still waiting in the kernel's backlog is not a request in flight, and a load
    // balancer would send it elsewhere.
    await sleep(1_500);
    while (new Set(results.map((r) => r.client)).size < clients.length) await sleep(50);
    const pending = inFlight.size;
    stopAt = Date.now();
    api.signal('SIGTERM');
    await Promise.all(busy);
    await Promise.all([...inFlight]);
    const exit = await api.exited;
    const before = results.filter((r) => r.startedBeforeStop);
    const failedBefore = before
      .filter((r) => r.status !== 200)
      .map(({ startedBeforeStop, status }) => ({ startedBeforeStop, status }));
    report('sigterm-drain', {
      clients: CLIENTS,
      requestsBeforeStop: before.length,
      inFlightAtStop: pending,
      failedBeforeStop: failedBefore.length,
      failures,
      exit,
    });
    expect(pending).toBeGreaterThan(0);
    expect(failedBefore).toEqual([]);
    expect(exit).toBe('0');
  });
});
