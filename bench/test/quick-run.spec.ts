import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { BenchResult } from '../src/report';

const RUN = resolve(__dirname, '../dist/run.js');
/** The quick mode is meant to take under two minutes; a busy CI machine gets some room. */
const QUICK_RUN_TIMEOUT_MS = 240_000;
const READS = ['caseload (200 couples)', 'trends', "client's to-do list"];

describe('npm run bench -- --quick', () => {
  let output = '';
  let result: BenchResult;

  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), 'tandem-bench-results-'));
    const { stdout } = await promisify(execFile)(process.execPath, [RUN, '--quick', '--out', out], {
      timeout: QUICK_RUN_TIMEOUT_MS,
      maxBuffer: 16 * 1024 * 1024,
      env: { ...process.env, DATABASE_URL: '' },
    });
    output = stdout;
    const file = readdirSync(out).find((name) => name.endsWith('-quick.json'));
    if (!file) throw new Error(`No results file in ${out}:\n${stdout}`);
    result = JSON.parse(readFileSync(join(out, file), 'utf8'));
    rmSync(out, { recursive: true, force: true });
  }, QUICK_RUN_TIMEOUT_MS + 10_000);

  it('prints an API/SQL ratio line for every measured read, at 1 and 10 connections', () => {
    for (const read of READS) {
      for (const connections of [1, 10]) {
        const line = output
          .split('\n')
          .find(
            (candidate) =>
              candidate.startsWith(`ratio ${read}`) && candidate.includes(`@${connections}:`),
          );
        expect(line).toMatch(/p50 \d+\.\d+x, p95 \d+\.\d+x/);
      }
    }
  });

  it('measured every target through the API, and every read as raw SQL too, without failures', () => {
    expect(result.measured.map((m) => m.target)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^submit an exercise/)]),
    );
    for (const measured of result.measured) {
      expect(measured.api.requests).toBeGreaterThan(0);
      expect(measured.api.failures).toBe(0);
      expect(measured.api.p50).toBeGreaterThan(0);
      if (measured.target.startsWith('submit')) continue;
      expect(measured.sql?.requests).toBeGreaterThan(0);
      expect(measured.ratio?.p50).toBeGreaterThan(0);
    }
  });

  it('counts statements per request and reports growth with caseload size and history', () => {
    for (const count of Object.values(result.statements)) expect(count).toBeGreaterThan(0);
    expect(result.growth.caseload.map((g) => g.target)).toEqual([
      'caseload (10 couples)',
      'caseload (100 couples)',
      'caseload (200 couples)',
    ]);
    expect(result.growth.history.length).toBeGreaterThanOrEqual(2);
    for (const growth of [...result.growth.caseload, ...result.growth.history]) {
      expect(growth.api.p50).toBeGreaterThan(0);
      expect(growth.statements).toBeGreaterThan(0);
    }
  });

  it('stored every acknowledged submission exactly once', () => {
    expect(result.writes.acknowledged).toBeGreaterThan(0);
    expect(result.writes.stored).toBe(result.writes.acknowledged);
  });

  it('measured the initial JavaScript and the caseload LCP in Chromium', () => {
    expect(result.client.initialJsGzipBytes).toBeGreaterThan(10_000);
    expect(result.client.caseloadLcpMs[0]).toBeGreaterThan(0);
  });
});
