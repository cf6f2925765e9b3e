import { CLINIC_RELIABILITY, feldtInterval, sampleSd, stratifiedAlpha } from './reliability';

describe('CLINIC_RELIABILITY', () => {
  it('adopts a clinic estimate from 100 clients with a 95 % lower bound of .70', () => {
    expect(CLINIC_RELIABILITY).toEqual({ minClients: 100, minLowerBound: 0.7, confidence: 0.95 });
  });
});

describe('feldtInterval', () => {
  it('matches the F quantiles for alpha .80, 100 respondents, 5 items', () => {
    // d1 = n − 1 = 99, d2 = (n − 1)(k − 1) = 396.
    // F(.975; 99, 396) = 1.347209, F(.025; 99, 396) = 0.720566 (stdlib; scipy.stats.f.ppf agrees).
    // lower = 1 − .2 · 1.347209 = 0.730558; upper = 1 − .2 · 0.720566 = 0.855887
    const { lower, upper } = feldtInterval(0.8, 100, 5);
    expect(lower).toBeCloseTo(0.730558, 5);
    expect(upper).toBeCloseTo(0.855887, 5);
    // adoptable: .7306 ≥ .70
    expect(lower).toBeGreaterThanOrEqual(CLINIC_RELIABILITY.minLowerBound);
  });

  it('takes another confidence level', () => {
    // alpha .70, n 30, k 5, 90 %: d1 = 29, d2 = 116; F(.95) = 1.565322, F(.05) = 0.588201
    // lower = 1 − .3 · 1.565322 = 0.530403; upper = 1 − .3 · 0.588201 = 0.823540
    const { lower, upper } = feldtInterval(0.7, 30, 5, 0.9);
    expect(lower).toBeCloseTo(0.530403, 5);
    expect(upper).toBeCloseTo(0.82354, 5);
  });

  it('narrows as respondents grow, around the estimate', () => {
    const small = feldtInterval(0.8, 50, 5);
    const large = feldtInterval(0.8, 500, 5);
    expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower);
    expect(large.lower).toBeLessThan(0.8);
    expect(large.upper).toBeGreaterThan(0.8);
  });

  it('refuses input it cannot read', () => {
    expect(() => feldtInterval(1, 100, 5)).toThrow('alpha below 1');
    expect(() => feldtInterval(0.8, 1, 5)).toThrow('at least 2 respondents and 2 items');
    expect(() => feldtInterval(0.8, 100, 1)).toThrow('at least 2 respondents and 2 items');
    expect(() => feldtInterval(0.8, 100, 5, 1)).toThrow('confidence between 0 and 1');
  });
});

describe('sampleSd', () => {
  it('divides by n − 1', () => {
    // mean 5; Σd² = 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32; var = 32 / 7; SD = √4.571429 ≈ 2.138090
    expect(sampleSd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 12);
  });

  it('refuses fewer than two values', () => {
    expect(() => sampleSd([3])).toThrow('at least two finite values');
    expect(() => sampleSd([3, Number.NaN])).toThrow('at least two finite values');
  });
});

describe('stratifiedAlpha', () => {
  it('matches a hand-computed 4 × 2 example', () => {
    const strata = [
      [1, 2],
      [2, 2],
      [3, 4],
      [4, 4],
    ];
    // stratum 1: 1,2,3,4 var = 5/3; stratum 2: 2,2,4,4 var = 4/3
    // totals 3,4,7,8 mean 5.5 Σd² = 6.25 + 2.25 + 2.25 + 6.25 = 17 → var 17/3
    // α = 1 − (5/3 · (1 − .8) + 4/3 · (1 − .6)) / (17/3) = 1 − (1 + 1.6) / 17 = 14.4/17 ≈ 0.847059
    expect(stratifiedAlpha(strata, [0.8, 0.6])).toBeCloseTo(14.4 / 17, 12);
  });

  it('is the stratum’s own reliability for one stratum', () => {
    // 1 − σ²(1 − .75) / σ² = .75
    expect(stratifiedAlpha([[1], [3], [4]], [0.75])).toBeCloseTo(0.75, 12);
  });

  it('is null when it cannot be estimated', () => {
    expect(stratifiedAlpha([[1, 2]], [0.8, 0.8])).toBeNull(); // one respondent
    expect(stratifiedAlpha([[], []], [])).toBeNull(); // no strata
    expect(
      stratifiedAlpha(
        [
          [1, 2],
          [2, 3],
        ],
        [0.8],
      ),
    ).toBeNull(); // reliabilities of another length
    expect(
      stratifiedAlpha(
        [
          [1, 2],
          [2, 3, 4],
        ],
        [0.8, 0.8],
      ),
    ).toBeNull(); // ragged
    expect(
      stratifiedAlpha(
        [
          [1, 3],
          [3, 1],
        ],
        [0.8, 0.8],
      ),
    ).toBeNull(); // totals without variance
    expect(
      stratifiedAlpha(
        [
          [1, Number.NaN],
          [3, 1],
        ],
        [0.8, 0.8],
      ),
    ).toBeNull(); // not a number
  });
});
