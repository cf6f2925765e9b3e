/**
 * `npm run bench [-- --quick] [--seconds N] [--rounds N] [--baseline]`: the benchmark of the
 * whole product at clinic-network scale. See docs/performance.md for what it measures and why.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { openBenchDatabase, withClient } from './bench-database';
import { caseloadLcp, initialJavaScript } from './client-metrics';
import { SCALES } from './generate';
import { httpLoad } from './http-load';
import { addTo, emptySample, type Extent, figuresOf, type Sample } from './latency';
import { type BenchResult, formatReport, type Growth, type Measured, ratioOf } from './report';
import { startServer } from './server-process';
import { sqlLoad } from './sql-load';
import { statementsPerRequest } from './statements';
import {
  caseloadTarget,
  coupleOf,
  signIn,
  submitTarget,
  type Target,
  todosTarget,
  trendsTarget,
} from './targets';

const RESULTS = resolve(__dirname, '../results');
const CONNECTIONS = [1, 10];
/** Months of history for the growth figures; the longest is the whole history. */
const HISTORY_MONTHS = [3, 6, 12, 24];
const INITIAL_JS_AIM_BYTES = 200 * 1024;

const log = (line: string) => process.stdout.write(`${line}\n`);

async function main() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      seconds: { type: 'string' },
      rounds: { type: 'string' },
      baseline: { type: 'boolean', default: false },
      url: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const quick = values.quick;
  const seconds = Number(values.seconds ?? (quick ? 1 : 5));
  const rounds = Number(values.rounds ?? (quick ? 2 : 3));
  /** Growth runs a number of requests: a 1,000-couple caseload takes seconds each. */
  const growthRequests = quick ? 3 : 8;
  const outDir = resolve(values.out ?? RESULTS);
  mkdirSync(outDir, { recursive: true });
  const startedAt = new Date();

  const database = await openBenchDatabase({
    url: values.url ?? process.env.DATABASE_URL,
    scale: quick ? SCALES.quick : SCALES.default,
    log,
  });
  const server = await startServer({
    ownerUrl: database.ownerUrl,
    appPassword: database.appPassword,
    logFile: resolve(outDir, 'server.log'),
  }).catch(async (error) => {
    await database.close();
    throw error;
  });
  const pool = new Pool({ connectionString: database.appUrl, max: Math.max(...CONNECTIONS) });
  try {
    const { network } = database;
    log(
      `Network: ${network.couples} couples, ${network.scoreRows} check-in scores, ${network.submissionRows} submissions`,
    );
    const counselors = await Promise.all(
      network.counselors.map(async (c) => ({
        ...c,
        user: await signIn(server.url, database.ownerUrl, c.email),
      })),
    );
    const main200 = counselors.find((c) => c.couples === 200) ?? counselors[counselors.length - 1];
    const client = await signIn(server.url, database.ownerUrl, network.client.email);
    const writer = await signIn(
      server.url,
      database.ownerUrl,
      `client.${2 * network.couples - 1}@bench.example`,
    );
    const couple = await coupleOf(database.ownerUrl, network.client.email);
    const historyLabel = `${network.client.months} months`;
    const submit = await submitTarget(writer, database.ownerUrl, quick ? 1500 : 12_000);
    const targets: Target[] = [
      caseloadTarget(main200.user, main200.couples),
      trendsTarget(main200.user, couple, null, historyLabel),
      todosTarget(client),
      submit,
    ];

    const measure = async (target: Target, connections: number, extent: Extent) => ({
      api: await httpLoad(server.url, target.http, connections, extent),
      sql: target.sql ? await sqlLoad(pool, target.scope, target.sql, connections, extent) : null,
    });

    log('Warming up');
    for (const target of targets) await measure(target, 10, { seconds: Math.min(seconds, 2) });

    // A quick round of one second can finish no request of a read that takes longer at 10
    // connections (the caseload on a busy CI machine): quick rounds count requests instead.
    const roundExtent = (connections: number): Extent =>
      quick ? { requests: connections * 3 } : { seconds };
    const totals = new Map<string, { api: Sample; sql: Sample | null }>();
    for (let round = 0; round < rounds; round++) {
      // Each round starts with another target, so machine drift falls on all alike.
      const order = targets.map((_, i) => targets[(i + round) % targets.length]);
      for (const target of order) {
        for (const connections of CONNECTIONS) {
          const key = `${target.name}@${connections}`;
          const sample = await measure(target, connections, roundExtent(connections));
          const total = totals.get(key) ?? {
            api: emptySample(),
            sql: target.sql ? emptySample() : null,
          };
          addTo(total.api, sample.api);
          if (total.sql && sample.sql) addTo(total.sql, sample.sql);
          totals.set(key, total);
        }
      }
      log(`Round ${round + 1} of ${rounds} done`);
    }
    const measured: Measured[] = targets.flatMap((target) =>
      CONNECTIONS.map((connections) => {
        const total = totals.get(`${target.name}@${connections}`)!;
        const api = figuresOf(total.api);
        const sql = total.sql ? figuresOf(total.sql) : null;
        return {
          target: target.name,
          connections,
          api,
          sql,
          ratio: sql ? ratioOf(api, sql) : null,
        };
      }),
    );

    const countStatements = async (target: Target) => {
      if (!database.countsStatements) return null;
      const body = target.http.body;
      return statementsPerRequest(database.ownerUrl, async () => {
        const response = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: target.http.headers,
          body: typeof body === 'string' ? body : body(),
        });
        await response.arrayBuffer();
      });
    };

    log('Growth and statements per request');
    const growthOf = async (target: Target): Promise<Growth> => {
      const sample = await measure(target, 1, { requests: growthRequests });
      return {
        target: target.name,
        api: figuresOf(sample.api),
        sql: figuresOf(sample.sql!),
        statements: await countStatements(target),
      };
    };
    const caseloadGrowth: Growth[] = [];
    for (const counselor of counselors) {
      caseloadGrowth.push(await growthOf(caseloadTarget(counselor.user, counselor.couples)));
    }
    const historyGrowth: Growth[] = [];
    for (const months of HISTORY_MONTHS.filter((m) => m < network.client.months)) {
      historyGrowth.push(
        await growthOf(trendsTarget(main200.user, couple, months, `${months} months`)),
      );
    }
    historyGrowth.push(await growthOf(targets[1]));
    const statements: Record<string, number | null> = {};
    for (const target of targets) statements[target.name] = await countStatements(target);

    const stored = await withClient(database.ownerUrl, async (owner) => {
      const { rows } = await owner.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM submission WHERE client_id = $1 AND status = 'SUBMITTED'
            AND submitted_at >= $2`,
        [writer.userId, startedAt],
      );
      return rows[0]!.n;
    });
    const acknowledged = submit.submitted();

    log('Client: initial JavaScript and the caseload in Chromium');
    const js = initialJavaScript();
    const lcp = await caseloadLcp(server.url, main200.user.cookie, quick ? 1 : 5);

    const aims: BenchResult['aims'] = [];
    for (const m of measured) {
      if (!m.ratio || !/^(caseload|trends)/.test(m.target)) continue;
      const limit = m.connections === 1 ? 2 : 3;
      aims.push({
        aim: `${m.target} @${m.connections}: API p50 <= ${limit}x SQL`,
        figure: `${m.ratio.p50.toFixed(2)}x`,
        met: m.ratio.p50 <= limit,
      });
    }
    const caseloadStatements = caseloadGrowth.map((g) => g.statements);
    aims.push({
      aim: 'caseload statements constant in caseload size',
      figure: caseloadStatements.join(' / '),
      met: caseloadStatements.every((count) => count !== null && count === caseloadStatements[0]),
    });
    aims.push({
      aim: 'initial JavaScript <= 200 KB gzip',
      figure: `${(js.gzipBytes / 1024).toFixed(1)} KB`,
      met: js.gzipBytes <= INITIAL_JS_AIM_BYTES,
    });

    const result: BenchResult = {
      startedAt: startedAt.toISOString(),
      commit: gitCommit(),
      mode: quick ? 'quick' : 'full',
      machine: { cpus: cpus().length, node: process.version, platform: process.platform },
      settings: { seconds, rounds, connections: CONNECTIONS },
      network: { ...network, generatedInSeconds: database.generatedInSeconds },
      measured,
      statements,
      growth: { caseload: caseloadGrowth, history: historyGrowth },
      writes: { acknowledged, stored },
      client: {
        initialJsGzipBytes: js.gzipBytes,
        initialJsFiles: js.files.length,
        caseloadLcpMs: lcp,
      },
      aims,
    };
    const file = resolve(
      outDir,
      `${startedAt.toISOString().replace(/[:.]/g, '-')}${quick ? '-quick' : ''}.json`,
    );
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    if (values.baseline)
      writeFileSync(resolve(RESULTS, 'baseline.json'), `${JSON.stringify(result, null, 2)}\n`);
    log('');
    log(formatReport(result));
    log('');
    log(`Results: ${file}`);
    if (acknowledged !== stored) {
      throw new Error(`${acknowledged} submissions were acknowledged but ${stored} are stored`);
    }
  } finally {
    await pool.end();
    await server.stop();
    await database.close();
  }
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
