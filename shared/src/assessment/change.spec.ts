import { Dimension } from '../clinical-model';
import {
  changeStatus,
  clinicalCutoff,
  cutoffA,
  cutoffB,
  cutoffs,
  higherIsBetter,
  reliableChange,
} from './change';
import { ChangeStatus, ScoreNorm } from './types';

// clinical 50 (SD 15), functional 72 (SD 12), alpha 0.8
const NORM: ScoreNorm = {
  clinicalMean: 50,
  clinicalSd: 15,
  functionalMean: 72,
  functionalSd: 12,
  alpha: 0.8,
};
// clinical 58 (SD 16), functional 35 (SD 13), alpha 0.82 — higher is worse
const RISK_NORM: ScoreNorm = {
  clinicalMean: 58,
  clinicalSd: 16,
  functionalMean: 35,
  functionalSd: 13,
  alpha: 0.82,
};

describe('higherIsBetter', () => {
  it('is false only for codependence risk', () => {
    expect(higherIsBetter(Dimension.CODEPENDENCE_RISK)).toBe(false);
    expect(higherIsBetter(Dimension.COMMUNICATION)).toBe(true);
    expect(higherIsBetter(Dimension.PERSONAL_SPACE)).toBe(true);
    expect(higherIsBetter('INDEX')).toBe(true);
  });
});

describe('reliableChange', () => {
  it('computes S_diff and the RCI (Jacobson & Truax)', () => {
    // S_diff = √2 · 15 · √(1 − 0.8) = 15 · √0.4 ≈ 9.48683
    // RCI = (60 − 40) / 9.48683 ≈ 2.10819 ≥ 1.96 → reliable
    const change = reliableChange(40, 60, 15, 0.8, Dimension.COMMUNICATION);
    expect(change.sDiff).toBeCloseTo(9.48683, 4);
    expect(change.rci).toBeCloseTo(2.10819, 4);
    expect(change.reliable).toBe(true);
  });

  it('signs the RCI so that positive is improvement when lower is better', () => {
    // codependence risk 60 → 40: raw (40 − 60) / 9.48683 ≈ −2.10819, flipped → +2.10819
    const change = reliableChange(60, 40, 15, 0.8, Dimension.CODEPENDENCE_RISK);
    expect(change.rci).toBeCloseTo(2.10819, 4);
    expect(change.reliable).toBe(true);
    // and a rise in risk is negative
    expect(reliableChange(40, 60, 15, 0.8, Dimension.CODEPENDENCE_RISK).rci).toBeCloseTo(
      -2.10819,
      4,
    );
  });

  it('does not call small changes reliable', () => {
    // S_diff = √2 · 10 · √(1 − 0.5) = 10 → RCI = (58 − 40) / 10 = 1.8 < 1.96
    const change = reliableChange(40, 58, 10, 0.5, 'INDEX');
    expect(change.sDiff).toBeCloseTo(10, 10);
    expect(change.rci).toBeCloseTo(1.8, 10);
    expect(change.reliable).toBe(false);
    // RCI = (40 − 60) / 10 = −2: reliable, and negative because it is a fall
    expect(reliableChange(60, 40, 10, 0.5, 'INDEX')).toMatchObject({ reliable: true });
    expect(reliableChange(60, 40, 10, 0.5, 'INDEX').rci).toBeCloseTo(-2, 10);
  });

  it('refuses a reliability of 1 or more and a non-positive SD', () => {
    expect(() => reliableChange(40, 60, 15, 1, 'INDEX')).toThrow('reliability below 1');
    expect(() => reliableChange(40, 60, 15, 1.2, 'INDEX')).toThrow('reliability below 1');
    expect(() => reliableChange(40, 60, 0, 0.8, 'INDEX')).toThrow('standard deviation above 0');
    expect(() => reliableChange(40, 60, -3, 0.8, 'INDEX')).toThrow('standard deviation above 0');
  });
});

describe('clinicalCutoff', () => {
  it('weights each mean by the other population’s SD', () => {
    // c = (15 · 72 + 12 · 50) / (15 + 12) = (1080 + 600) / 27 = 62.222…
    expect(clinicalCutoff(NORM)).toBeCloseTo(62.2222, 4);
    // c = (16 · 35 + 13 · 58) / (16 + 13) = (560 + 754) / 29 = 45.3103…
    expect(clinicalCutoff(RISK_NORM)).toBeCloseTo(45.3103, 4);
  });
});

describe('cut-offs a, b and c', () => {
  it('places a and b two SDs from each mean, the healthy and the unhealthy way', () => {
    // Higher is better. a = 50 + 2 · 15 = 80; b = 72 − 2 · 12 = 48; c = 62.222…
    expect(cutoffA(NORM, Dimension.EQUALITY)).toBe(80);
    expect(cutoffB(NORM, Dimension.EQUALITY)).toBe(48);
    expect(cutoffs(NORM, 'INDEX')).toEqual({
      a: 80,
      b: 48,
      c: expect.closeTo(62.2222, 4),
      used: 'c',
    });
  });

  it('mirrors them where lower is better', () => {
    // Codependence risk. a = 58 − 2 · 16 = 26; b = 35 + 2 · 13 = 61; c = 45.3103…
    const risk = Dimension.CODEPENDENCE_RISK;
    expect(cutoffA(RISK_NORM, risk)).toBe(26);
    expect(cutoffB(RISK_NORM, risk)).toBe(61);
    expect(cutoffs(RISK_NORM, risk)).toEqual({
      a: 26,
      b: 61,
      c: expect.closeTo(45.3103, 4),
      used: 'c',
    });
  });
});

describe('changeStatus', () => {
  // NORM: S_diff = 9.48683, c = 62.22. RISK_NORM: S_diff = √2 · 16 · √0.18 = 16 · 0.6 = 9.6, c = 45.31.
  const key = Dimension.EQUALITY;

  it('RECOVERED: reliable improvement from the clinical side to past the cut-off', () => {
    // RCI = 30 / 9.48683 ≈ 3.162; 40 ≤ 62.22 < 70
    const result = changeStatus({ baseline: 40, latest: 70, key, norm: NORM });
    expect(result.status).toBe(ChangeStatus.RECOVERED);
    expect(result.change.rci).toBeCloseTo(3.16228, 4);
    expect(result.cutoff).toBeCloseTo(62.2222, 4);
  });

  it('RECOVERED for codependence risk means falling below the cut-off', () => {
    // RCI = −(40 − 70) / 9.6 = 3.125; 70 ≥ 45.31 > 40
    const result = changeStatus({
      baseline: 70,
      latest: 40,
      key: Dimension.CODEPENDENCE_RISK,
      norm: RISK_NORM,
    });
    expect(result.change.sDiff).toBeCloseTo(9.6, 10);
    expect(result.change.rci).toBeCloseTo(3.125, 10);
    expect(result.status).toBe(ChangeStatus.RECOVERED);
  });

  it('IMPROVED: reliable improvement that stays short of the cut-off', () => {
    // RCI ≈ 2.108, but 60 < 62.22
    expect(changeStatus({ baseline: 40, latest: 60, key, norm: NORM }).status).toBe(
      ChangeStatus.IMPROVED,
    );
  });

  it('IMPROVED: reliable improvement that started on the functional side already', () => {
    // RCI = 25 / 9.48683 ≈ 2.635, but 65 > 62.22 at baseline
    expect(changeStatus({ baseline: 65, latest: 90, key, norm: NORM }).status).toBe(
      ChangeStatus.IMPROVED,
    );
  });

  it('UNCHANGED: change smaller than reliable', () => {
    // RCI = 15 / 9.48683 ≈ 1.581 < 1.96
    const result = changeStatus({ baseline: 40, latest: 55, key, norm: NORM });
    expect(result.status).toBe(ChangeStatus.UNCHANGED);
    expect(result.change.reliable).toBe(false);
  });

  it('uses a given reliability instead of the default alpha', () => {
    // r = 0.5: S_diff = √2 · 15 · √0.5 = 15 → RCI = 20 / 15 ≈ 1.333 → not reliable
    const result = changeStatus({ baseline: 40, latest: 60, key, norm: NORM, reliability: 0.5 });
    expect(result.change.sDiff).toBeCloseTo(15, 10);
    expect(result.status).toBe(ChangeStatus.UNCHANGED);
  });

  it('reads the change against a given reference (SD and reliability) when there is one', () => {
    // SD 10, r .5: S_diff = √2 · 10 · √.5 = 10 → RCI = 25 / 10 = 2.5; 40 ≤ 62.22 < 65 → RECOVERED
    const result = changeStatus({
      baseline: 40,
      latest: 65,
      key,
      norm: NORM,
      reliability: 0.99,
      reference: { sd: 10, reliability: 0.5 },
    });
    expect(result.change.sDiff).toBeCloseTo(10, 10);
    expect(result.change.rci).toBeCloseTo(2.5, 10);
    expect(result.status).toBe(ChangeStatus.RECOVERED);
    // SD 20, r .5: S_diff = 20 → RCI = 1.25 → UNCHANGED
    expect(
      changeStatus({
        baseline: 40,
        latest: 65,
        key,
        norm: NORM,
        reference: { sd: 20, reliability: 0.5 },
      }).status,
    ).toBe(ChangeStatus.UNCHANGED);
  });

  it('DETERIORATED: reliable change for the worse', () => {
    // RCI = (50 − 70) / 9.48683 ≈ −2.108
    expect(changeStatus({ baseline: 70, latest: 50, key, norm: NORM }).status).toBe(
      ChangeStatus.DETERIORATED,
    );
    // codependence risk 40 → 60: RCI = −20 / 9.6 ≈ −2.083
    expect(
      changeStatus({ baseline: 40, latest: 60, key: Dimension.CODEPENDENCE_RISK, norm: RISK_NORM })
        .status,
    ).toBe(ChangeStatus.DETERIORATED);
  });
});
