import { addTo, emptySample, figuresOf, percentile } from '../src/latency';
import { ratioOf } from '../src/report';

describe('benchmark statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(sorted, 50)).toBe(5); // rank ceil(0.5 × 10) = 5
    expect(percentile(sorted, 95)).toBe(10); // rank ceil(9.5) = 10
    expect(percentile(sorted, 10)).toBe(1);
    expect(percentile(sorted, 0)).toBe(1); // rank 0 is clamped to the first value
    expect(percentile([42], 99)).toBe(42);
    expect(percentile([], 50)).toBeNaN();
  });

  it('pools rounds before the percentiles and counts throughput over the time measured', () => {
    const total = emptySample();
    addTo(total, { latencies: [30, 10], seconds: 1, failures: 0 });
    addTo(total, { latencies: [20, 40], seconds: 1, failures: 1 });
    expect(figuresOf(total)).toEqual({
      requests: 4,
      p50: 20,
      p95: 40,
      p99: 40,
      throughput: 2,
      failures: 1,
    });
    expect(figuresOf(emptySample()).throughput).toBe(0);
  });

  it('reports API over SQL ratios to two decimals', () => {
    const api = figuresOf({ latencies: [12.3, 24.6], seconds: 1, failures: 0 });
    const sql = figuresOf({ latencies: [5, 10], seconds: 1, failures: 0 });
    expect(ratioOf(api, sql)).toEqual({ p50: 2.46, p95: 2.46 });
  });
});
