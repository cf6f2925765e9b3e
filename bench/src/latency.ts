/** How long a measurement lasts: a time, or a number of requests (for slow targets). */
export type Extent = { seconds: number } | { requests: number };

/** Latencies of one measured target, in milliseconds, gathered over every round. */
export interface Sample {
  latencies: number[];
  /** Seconds spent measuring (the sum over rounds), for throughput. */
  seconds: number;
  failures: number;
}

export interface Figures {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  /** Completed requests per second while measured. */
  throughput: number;
  failures: number;
}

export const emptySample = (): Sample => ({ latencies: [], seconds: 0, failures: 0 });

export function addTo(total: Sample, part: Sample): void {
  for (const latency of part.latencies) total.latencies.push(latency);
  total.seconds += part.seconds;
  total.failures += part.failures;
}

/** The nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function figuresOf(sample: Sample): Figures {
  const sorted = [...sample.latencies].sort((a, b) => a - b);
  const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
  return {
    requests: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    throughput: sample.seconds > 0 ? round(sorted.length / sample.seconds, 1) : 0,
    failures: sample.failures,
  };
}
