import {
  caseloadFlags,
  type ChangeSample,
  expectedBand,
  expectedBands,
  FLAG_THRESHOLDS,
  FlagKind,
  type CoupleFacts,
  ordinal,
} from './caseload-flags';
import type { ScoreNorm } from './types';

const indexNorm: ScoreNorm = {
  clinicalMean: 49,
  clinicalSd: 14,
  functionalMean: 72,
  functionalSd: 12,
  alpha: 0.9,
};
const now = new Date('2026-06-01T12:00:00Z');
const calm: CoupleFacts = {
  partners: [
    { displayName: 'A', baselineIndex: 50, latestIndex: 55, latestCodependenceRisk: 40 },
    { displayName: 'B', baselineIndex: 52, latestIndex: 58, latestCodependenceRisk: 35 },
  ],
  overdueCount: 0,
  lastActivityAt: new Date('2026-05-30T12:00:00Z'),
  checkinOverdue: false,
  weeksSinceBaseline: 12,
  indexChange: 5.5,
};
const kinds = (facts: CoupleFacts, band = null as ReturnType<typeof expectedBand>) =>
  caseloadFlags(facts, { now, indexNorm, band }).map((flag) => flag.kind);

describe('caseload flags', () => {
  it('raises nothing for a couple doing fine', () => {
    expect(kinds(calm)).toEqual([]);
  });

  it('flags reliable deterioration with its numbers', () => {
    // S_diff = √2 · 14 · √(1 − 0.9) = 6.261; (40 − 55) / 6.261 = −2.40 → reliable and worse.
    const facts = {
      ...calm,
      partners: [{ ...calm.partners[0], baselineIndex: 55, latestIndex: 40 }, calm.partners[1]],
    };
    const [flag] = caseloadFlags(facts, { now, indexNorm, band: null });
    expect(flag.kind).toBe(FlagKind.RELIABLE_DETERIORATION);
    expect(flag.reason).toBe("A's index fell from 55 to 40 (RCI -2.40, beyond −1.96).");
    // −10 gives −1.60: not reliable.
    const smaller = {
      ...calm,
      partners: [{ ...calm.partners[0], baselineIndex: 50, latestIndex: 40 }, calm.partners[1]],
    };
    expect(kinds(smaller)).not.toContain(FlagKind.RELIABLE_DETERIORATION);
  });

  it('flags high codependence risk, a large gap, disengagement and a missed check-in', () => {
    const facts: CoupleFacts = {
      ...calm,
      partners: [
        { displayName: 'A', baselineIndex: 50, latestIndex: 70, latestCodependenceRisk: 62.5 },
        { displayName: 'B', baselineIndex: 50, latestIndex: 49, latestCodependenceRisk: 20 },
      ],
      overdueCount: 2,
      lastActivityAt: new Date('2026-05-01T12:00:00Z'),
      checkinOverdue: true,
    };
    const flags = caseloadFlags(facts, { now, indexNorm, band: null });
    expect(flags.map((flag) => flag.kind)).toEqual([
      FlagKind.HIGH_CODEPENDENCE_RISK,
      FlagKind.LARGE_PARTNER_GAP,
      FlagKind.DISENGAGED,
      FlagKind.CHECKIN_DUE,
    ]);
    expect(flags[0].reason).toBe("A's codependence risk is 62.5 (flagged at 60 or more).");
    expect(flags[1].reason).toBe(
      "The partners' latest index scores are 21 points apart (A 70, B 49; flagged at 20).",
    );
    expect(flags[2].reason).toBe('2 overdue exercises and no activity for 31 days.');
  });

  it('calls a couple with no activity at all disengaged', () => {
    expect(kinds({ ...calm, lastActivityAt: null })).toEqual([FlagKind.DISENGAGED]);
  });

  it('learns the expected band from comparable couples, and hides it until there are enough', () => {
    const samples = [
      { weeks: 10, change: -2 },
      { weeks: 11, change: 1 },
      { weeks: 12, change: 4 },
      { weeks: 13, change: 6 },
      { weeks: 14, change: 10 },
      { weeks: 40, change: 20 },
      { weeks: 41, change: 22 },
      { weeks: 42, change: 25 },
      { weeks: 43, change: 30 },
    ];
    expect(expectedBand(samples, 12)).toBeNull(); // nine couples: fewer than ten
    const enough = [...samples, { weeks: 12, change: 3 }];
    // The fifth nearest to 12 weeks is 2 weeks away, so everyone within 3 weeks counts:
    // 10 (−2), 11 (1), 12 (4), 12 (3), 13 (6), 14 (10). Sorted −2, 1, 3, 4, 6, 10: the 25th
    // percentile at position 1.25 is 1 + 0.25 · 2 = 1.5; the median at 2.5 is (3 + 4) / 2 = 3.5.
    expect(expectedBand(enough, 12)).toEqual({ low: 1.5, median: 3.5, samples: 6 });
    // At 41 weeks the fifth nearest is 14 (27 weeks away), so 13 (28) counts too:
    // 6, 10, 20, 22, 25, 30 → 25th percentile 10 + 0.25 · 10 = 12.5, median 21.
    expect(expectedBand(enough, 41)).toEqual({ low: 12.5, median: 21, samples: 6 });
    const band = expectedBand(enough, 12);
    expect(kinds({ ...calm, indexChange: 0.5 }, band)).toEqual([FlagKind.NOT_ON_TRACK]);
    expect(kinds({ ...calm, indexChange: 2 }, band)).toEqual([]);
  });
});

describe('expectedBands (the band of every couple of a caseload at once)', () => {
  /** The definition, spelled out: sort everyone by distance, take all as near as the n-th. */
  function byDefinition(samples: ChangeSample[], weeks: number) {
    if (samples.length < FLAG_THRESHOLDS.bandMinCouples) return null;
    const distance = (sample: ChangeSample) => Math.abs(sample.weeks - weeks);
    const sorted = [...samples].sort((a, b) => distance(a) - distance(b));
    const radius = distance(sorted[FLAG_THRESHOLDS.bandNearest - 1]) + 1;
    const near = sorted
      .filter((sample) => distance(sample) <= radius)
      .map((sample) => sample.change)
      .sort((a, b) => a - b);
    const at = (p: number) => {
      const i = (near.length - 1) * p;
      const low = Math.floor(i);
      return near[low] + (near[Math.ceil(i)] - near[low]) * (i - low);
    };
    const round = (value: number) => Math.round(value * 10) / 10;
    return { low: round(at(0.25)), median: round(at(0.5)), samples: near.length };
  }

  it('gives each couple the band of the other couples, as the definition does', () => {
    let seed = 42;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (const size of [10, 11, 12, 40, 300]) {
      // Whole weeks, so there are ties at the radius too.
      const samples = Array.from({ length: size }, () => ({
        weeks: Math.floor(next() * 60),
        change: Math.round((next() * 40 - 10) * 10) / 10,
      }));
      const bandFor = expectedBands(samples);
      for (const own of samples) {
        const others = samples.filter((sample) => sample !== own);
        expect(bandFor(own.weeks, own)).toEqual(byDefinition(others, own.weeks));
      }
      for (const weeks of [-5, 0, 17.5, 59, 120]) {
        expect(bandFor(weeks)).toEqual(byDefinition(samples, weeks));
        expect(expectedBand(samples, weeks)).toEqual(byDefinition(samples, weeks));
      }
    }
  });
});

describe('ordinal', () => {
  it('names percentiles as people write them', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 25, 50, 75].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '25th',
      '50th',
      '75th',
    ]);
  });
});
