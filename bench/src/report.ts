import type { Figures } from './latency';

export interface Measured {
  target: string;
  connections: number;
  api: Figures;
  sql: Figures | null;
  /** API over raw SQL, for p50 and p95 (reads only). */
  ratio: { p50: number; p95: number } | null;
}

export interface Growth {
  target: string;
  api: Figures;
  sql: Figures;
  statements: number | null;
}

export interface BenchResult {
  startedAt: string;
  commit: string | null;
  mode: 'quick' | 'full';
  machine: { cpus: number; node: string; platform: string };
  settings: { seconds: number; rounds: number; connections: number[] };
  network: Record<string, unknown>;
  measured: Measured[];
  statements: Record<string, number | null>;
  growth: { caseload: Growth[]; history: Growth[] };
  writes: { acknowledged: number; stored: number };
  client: { initialJsGzipBytes: number; initialJsFiles: number; caseloadLcpMs: number[] };
  aims: Array<{ aim: string; figure: string; met: boolean }>;
}

export const ratioOf = (api: Figures, sql: Figures) => ({
  p50: Math.round((api.p50 / sql.p50) * 100) / 100,
  p95: Math.round((api.p95 / sql.p95) * 100) / 100,
});

const ms = (value: number) => `${value.toFixed(1)} ms`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...rows.map((row) => row[i].length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The readable summary printed at the end of a run. */
export function formatReport(result: BenchResult): string {
  const parts: string[] = [];
  parts.push(
    table(
      [
        'target',
        'conn',
        'API p50',
        'API p95',
        'API req/s',
        'SQL p50',
        'SQL p95',
        'SQL req/s',
        'p50 ×',
        'p95 ×',
        'fail',
      ],
      result.measured.map((m) => [
        m.target,
        String(m.connections),
        ms(m.api.p50),
        ms(m.api.p95),
        m.api.throughput.toFixed(0),
        m.sql ? ms(m.sql.p50) : '-',
        m.sql ? ms(m.sql.p95) : '-',
        m.sql ? m.sql.throughput.toFixed(0) : '-',
        m.ratio ? m.ratio.p50.toFixed(2) : '-',
        m.ratio ? m.ratio.p95.toFixed(2) : '-',
        String(m.api.failures + (m.sql?.failures ?? 0)),
      ]),
    ),
  );
  parts.push('');
  for (const m of result.measured) {
    if (!m.ratio || !m.sql) continue;
    parts.push(
      `ratio ${m.target} @${m.connections}: p50 ${m.ratio.p50.toFixed(2)}x, p95 ${m.ratio.p95.toFixed(2)}x (API ${ms(m.api.p50)} / SQL ${ms(m.sql.p50)})`,
    );
  }
  parts.push('');
  parts.push(
    table(
      ['growth (1 connection)', 'API p50', 'SQL p50', 'p50 ×', 'statements'],
      [...result.growth.caseload, ...result.growth.history].map((g) => [
        g.target,
        ms(g.api.p50),
        ms(g.sql.p50),
        ratioOf(g.api, g.sql).p50.toFixed(2),
        g.statements === null ? 'n/a' : String(g.statements),
      ]),
    ),
  );
  parts.push('');
  parts.push(
    `statements per request: ${Object.entries(result.statements)
      .map(([name, count]) => `${name} ${count ?? 'n/a'}`)
      .join('; ')}`,
  );
  parts.push(`writes: ${result.writes.acknowledged} acknowledged, ${result.writes.stored} stored`);
  parts.push(
    `client: initial JavaScript ${(result.client.initialJsGzipBytes / 1024).toFixed(1)} KB gzip in ${result.client.initialJsFiles} files; caseload LCP ${result.client.caseloadLcpMs.join(', ')} ms`,
  );
  parts.push('');
  parts.push(
    table(
      ['aim', 'figure', 'met'],
      result.aims.map((a) => [a.aim, a.figure, a.met ? 'yes' : 'NO']),
    ),
  );
  return parts.join('\n');
}
