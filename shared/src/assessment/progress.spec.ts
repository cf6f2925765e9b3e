import { Dimension } from '../clinical-model';
import { landmarksOf, MIN_DAYS_BETWEEN_MEASURES, seriesProgress } from './progress';
import { ChangeStatus, type ScoredPoint, type ScoreNorm } from './types';

// The index norm: clinical 49 (SD 14), functional 72 (SD 12), alpha .9.
// S_diff = √2 · 14 · √(1 − .9) = 14 · √.2 ≈ 6.26099; reliable from 1.96 · 6.261 ≈ 12.27 points.
// c = (14 · 72 + 12 · 49) / (14 + 12) = (1008 + 588) / 26 ≈ 61.38.
const indexNorm: ScoreNorm = {
  clinicalMean: 49,
  clinicalSd: 14,
  functionalMean: 72,
  functionalSd: 12,
  alpha: 0.9,
};
const indexReference = { sd: 14, reliability: 0.9 };
const S_DIFF = 14 * Math.sqrt(0.2);

const start = new Date('2026-03-02T09:00:00Z').getTime();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (ms: number, score: number, checkinId = `c${ms}`): ScoredPoint => ({
  checkinId,
  takenAt: new Date(start + ms),
  score,
});

const progressOf = (points: ScoredPoint[]) =>
  seriesProgress(landmarksOf(points), indexReference, indexNorm, 'INDEX');

describe('landmarksOf', () => {
  it('has nothing for an empty series', () => {
    expect(landmarksOf([])).toEqual({ baseline: null, previous: null, latest: null });
  });

  it('takes the first and last score in time, whatever the input order', () => {
    const points = [at(20 * DAY, 60), at(0, 40), at(10 * DAY, 50)];
    const landmarks = landmarksOf(points);
    expect(landmarks.baseline?.score).toBe(40);
    expect(landmarks.latest?.score).toBe(60);
  });

  it('picks as previous the last score at least 7 days before the latest', () => {
    // days 0, 10, 20, 25, 30 (latest): 30 − 7 = 23, so day 20 (not 25, only 5 days before)
    const points = [
      at(25 * DAY, 58),
      at(0, 40),
      at(30 * DAY, 61),
      at(20 * DAY, 55),
      at(10 * DAY, 50),
    ];
    expect(landmarksOf(points).previous).toEqual(at(20 * DAY, 55));
    // exactly 7 days before counts
    expect(landmarksOf([at(0, 40), at(23 * DAY, 55), at(30 * DAY, 61)]).previous?.score).toBe(55);
    // the baseline may be the previous
    expect(landmarksOf([at(0, 40), at(27 * DAY, 55), at(30 * DAY, 61)]).previous?.score).toBe(40);
  });

  it('orders scores of the same instant by check-in id', () => {
    const points = [at(0, 40, 'b'), at(0, 45, 'a'), at(9 * DAY, 50, 'z')];
    expect(landmarksOf(points).baseline?.checkinId).toBe('a');
    expect(landmarksOf([...points].reverse()).baseline?.checkinId).toBe('a');
  });
});

describe('seriesProgress', () => {
  it('measures nothing from one check-in', () => {
    const progress = progressOf([at(0, 50)]);
    expect(progress.baseline).toEqual(at(0, 50));
    expect(progress.latest).toEqual(at(0, 50));
    expect(progress.previous).toBeNull();
    expect(progress.sinceBaseline).toBeNull();
    expect(progress.sincePrevious).toBeNull();
  });

  it(`measures nothing from two check-ins less than ${MIN_DAYS_BETWEEN_MEASURES} days apart`, () => {
    // A 30-point rise would be reliable (RCI 4.79), but 6 days (or 7 days less an hour) is too soon.
    for (const gap of [6 * DAY, 7 * DAY - HOUR]) {
      const progress = progressOf([at(0, 40), at(gap, 70)]);
      expect(progress.previous).toBeNull();
      expect(progress.sinceBaseline).toBeNull();
      expect(progress.sincePrevious).toBeNull();
    }
  });

  it('measures two check-ins 7 days apart, since baseline and since previous alike', () => {
    // RCI = 30 / 6.26099 ≈ 4.7916; 40 ≤ 61.38 < 70 → RECOVERED
    const progress = progressOf([at(0, 40), at(7 * DAY, 70)]);
    expect(MIN_DAYS_BETWEEN_MEASURES).toBe(7);
    expect(progress.previous).toEqual(at(0, 40));
    expect(progress.sinceBaseline).toEqual({
      from: at(0, 40),
      to: at(7 * DAY, 70),
      points: 30,
      rci: expect.closeTo(30 / S_DIFF, 10),
      sDiff: expect.closeTo(S_DIFF, 10),
      reliable: true,
      status: ChangeStatus.RECOVERED,
    });
    expect(progress.sincePrevious).toEqual(progress.sinceBaseline);
  });

  it('catches a relapse that the change since baseline hides', () => {
    // baseline 40 (day 0), previous 72 (day 14), latest 56 (day 28).
    // Since baseline: +16, RCI = 16 / 6.26099 ≈ 2.5555 reliable; 56 < c 61.38 → IMPROVED.
    // Since previous: −16, RCI ≈ −2.5555 → reliable worsening: DETERIORATED.
    const progress = progressOf([at(0, 40), at(14 * DAY, 72), at(28 * DAY, 56)]);
    expect(progress.previous?.score).toBe(72);
    expect(progress.sinceBaseline).toMatchObject({ points: 16, status: ChangeStatus.IMPROVED });
    expect(progress.sinceBaseline?.rci).toBeCloseTo(2.5555, 4);
    expect(progress.sincePrevious).toMatchObject({
      points: -16,
      reliable: true,
      status: ChangeStatus.DETERIORATED,
    });
    expect(progress.sincePrevious?.rci).toBeCloseTo(-2.5555, 4);
  });

  it('reads both changes against the given reference', () => {
    // A pulse-like reference: SD 20.49, r = 21/41 → S_diff = 16 · √1.6 ≈ 20.239.
    // Communication 50 → 75: RCI ≈ 1.2353 → UNCHANGED (on the full form it would be RECOVERED).
    const norm = {
      ...indexNorm,
      clinicalMean: 48,
      clinicalSd: 16,
      functionalMean: 72,
      functionalSd: 13,
      alpha: 0.84,
    };
    const pulse = { sd: 16 * Math.sqrt(1.64), reliability: 21 / 41 };
    const progress = seriesProgress(
      landmarksOf([at(0, 50), at(7 * DAY, 75)]),
      pulse,
      norm,
      Dimension.COMMUNICATION,
    );
    expect(progress.sinceBaseline?.sDiff).toBeCloseTo(16 * Math.sqrt(1.6), 10);
    expect(progress.sinceBaseline?.status).toBe(ChangeStatus.UNCHANGED);
    expect(progress.sincePrevious?.status).toBe(ChangeStatus.UNCHANGED);
  });

  it('measures a worsening of codependence risk as negative RCI', () => {
    // Risk 30 → 50 with SD 16, r .82: S_diff = √2 · 16 · √.18 = 9.6; RCI = −20 / 9.6 ≈ −2.0833
    const norm = {
      clinicalMean: 58,
      clinicalSd: 16,
      functionalMean: 35,
      functionalSd: 13,
      alpha: 0.82,
    };
    const progress = seriesProgress(
      landmarksOf([at(0, 30), at(8 * DAY, 50)]),
      { sd: 16, reliability: 0.82 },
      norm,
      Dimension.CODEPENDENCE_RISK,
    );
    expect(progress.sinceBaseline?.points).toBe(20);
    expect(progress.sinceBaseline?.rci).toBeCloseTo(-20 / 9.6, 10);
    expect(progress.sinceBaseline?.status).toBe(ChangeStatus.DETERIORATED);
  });
});
