import { Dimension } from '../clinical-model';
import { changeStatus } from './change';
import {
  defaultReference,
  reliableChangeBetween,
  shortFormSd,
  spearmanBrown,
  standardError,
} from './forms';
import { CHECKIN_INSTRUMENT } from './instrument';
import { ChangeStatus, CheckinForm, type Instrument } from './types';

const { FULL, PULSE } = CheckinForm;

describe('spearmanBrown', () => {
  it('shortens and lengthens a test of parallel items', () => {
    // doubled: 2 · .6 / (1 + 1 · .6) = 1.2 / 1.6 = .75
    expect(spearmanBrown(0.6, 2)).toBeCloseTo(0.75, 12);
    // one item of five at alpha .84: (.84 / 5) / (1 − 4/5 · .84) = .168 / .328 = 21/41 ≈ .5122
    expect(spearmanBrown(0.84, 1 / 5)).toBeCloseTo(21 / 41, 12);
    // and back: 5 · 21/41 / (1 + 4 · 21/41) = (105/41) / (125/41) = .84
    expect(spearmanBrown(21 / 41, 5)).toBeCloseTo(0.84, 12);
    expect(spearmanBrown(0.7, 1)).toBeCloseTo(0.7, 12);
  });

  it('refuses a length factor of 0 or less', () => {
    expect(() => spearmanBrown(0.8, 0)).toThrow('length factor above 0');
  });
});

describe('shortFormSd', () => {
  it('grows as items are dropped (parallel items)', () => {
    // ρ (one item) = 21/41; var ∝ (1 + (k − 1)ρ)/k: k = 5 → (125/41)/5 = 25/41, k = 1 → 1
    // SD₁ = 16 · √(1 / (25/41)) = 16 · √1.64 = 20.4900
    expect(shortFormSd(16, 0.84, 5, 1)).toBeCloseTo(16 * Math.sqrt(1.64), 10);
    expect(shortFormSd(16, 0.84, 5, 1)).toBeCloseTo(20.49, 2);
    // the same length keeps the SD
    expect(shortFormSd(16, 0.84, 5, 5)).toBeCloseTo(16, 12);
  });

  it('refuses item counts that are not whole numbers of 1 or more', () => {
    expect(() => shortFormSd(16, 0.84, 5, 0)).toThrow('whole item counts');
    expect(() => shortFormSd(16, 0.84, 2.5, 1)).toThrow('whole item counts');
  });
});

describe('standardError', () => {
  it('is SD · √(1 − r)', () => {
    // 10 · √(1 − .64) = 10 · .6 = 6
    expect(standardError({ sd: 10, reliability: 0.64 })).toBeCloseTo(6, 12);
  });

  it('refuses a reliability of 1 or more and a non-positive SD', () => {
    expect(() => standardError({ sd: 10, reliability: 1 })).toThrow('reliability below 1');
    expect(() => standardError({ sd: 0, reliability: 0.8 })).toThrow('standard deviation above 0');
  });
});

describe('reliableChangeBetween', () => {
  it('pools the two forms’ errors: S_diff = √(SEM₁² + SEM₂²)', () => {
    // SEM₁ = 10 · √.36 = 6, SEM₂ = 10 · √.64 = 8 → S_diff = √(36 + 64) = 10
    // RCI = (60 − 40) / 10 = 2 ≥ 1.96
    const change = reliableChangeBetween(
      40,
      { sd: 10, reliability: 0.64 },
      60,
      { sd: 10, reliability: 0.36 },
      'INDEX',
    );
    expect(change.sDiff).toBeCloseTo(10, 12);
    expect(change.rci).toBeCloseTo(2, 12);
    expect(change.reliable).toBe(true);
    // lower is better: the same rise is a worsening
    const risk = reliableChangeBetween(
      40,
      { sd: 10, reliability: 0.64 },
      60,
      { sd: 10, reliability: 0.36 },
      Dimension.CODEPENDENCE_RISK,
    );
    expect(risk.rci).toBeCloseTo(-2, 12);
  });

  it('is √2 · SEM on one form', () => {
    // SEM = 6 → S_diff = 6√2 = 8.48528
    const reference = { sd: 10, reliability: 0.64 };
    expect(reliableChangeBetween(0, reference, 1, reference, 'INDEX').sDiff).toBeCloseTo(
      6 * Math.SQRT2,
      12,
    );
  });
});

describe('defaultReference', () => {
  // COMMUNICATION norm: clinical SD 16, alpha .84, five items of which one is the pulse item.
  const communication = Dimension.COMMUNICATION;

  it('reads the full form from the norm', () => {
    expect(defaultReference(CHECKIN_INSTRUMENT, FULL, communication)).toEqual({
      sd: 16,
      reliability: 0.84,
    });
    expect(defaultReference(CHECKIN_INSTRUMENT, FULL, 'INDEX')).toEqual({
      sd: 14,
      reliability: 0.9,
    });
  });

  it('derives a pulse dimension (one item of five) by Spearman–Brown', () => {
    // r = 21/41 ≈ .5122 (the r ≈ .51), SD = 16 · √1.64 ≈ 20.49
    const pulse = defaultReference(CHECKIN_INSTRUMENT, PULSE, communication);
    expect(pulse.reliability).toBeCloseTo(21 / 41, 10);
    expect(pulse.sd).toBeCloseTo(20.49, 2);
    // SEM = 20.49 · √(20/41) = 16 · √0.8 ≈ 14.3108 (= √5 × the full form's 6.4: one item's error)
    expect(standardError(pulse)).toBeCloseTo(16 * Math.sqrt(0.8), 10);
  });

  it('derives the pulse index: five pulse items against the 25 of the full index', () => {
    // INDEX norm: SD 14, alpha .9. r₅ = (.9/5) / (1 − 4/5 · .9) = .18 / .28 = 9/14 ≈ .6429
    // ρ (one item) = (.9/25) / (1 − 24/25 · .9) = .036 / .136 = 9/34
    // var ∝ (1 + (k − 1)ρ)/k: k = 25 → 5/17, k = 5 → 7/17 → SD₅ = 14 · √(7/5) ≈ 16.5650
    const pulse = defaultReference(CHECKIN_INSTRUMENT, PULSE, 'INDEX');
    expect(pulse.reliability).toBeCloseTo(9 / 14, 10);
    expect(pulse.sd).toBeCloseTo(14 * Math.sqrt(7 / 5), 10);
    // SEM₅ = 16.565 · √(5/14) = 14 · √.5 ≈ 9.8995 (√5 × the full index's 4.4272)
    expect(standardError(pulse)).toBeCloseTo(14 * Math.sqrt(0.5), 10);
  });

  it('counts the items the instrument has', () => {
    // Communication cut to three items, one of them the pulse item:
    // r₁ = (.84/3) / (1 − 2/3 · .84) = .28 / .44 = 7/11
    const items = CHECKIN_INSTRUMENT.items.filter(
      (entry) =>
        entry.dimension !== communication ||
        entry.pulse ||
        CHECKIN_INSTRUMENT.items
          .filter((other) => other.dimension === communication && !other.pulse)
          .slice(0, 2)
          .includes(entry),
    );
    const shorter: Instrument = { ...CHECKIN_INSTRUMENT, items };
    expect(shorter.items.filter((entry) => entry.dimension === communication)).toHaveLength(3);
    expect(defaultReference(shorter, PULSE, communication).reliability).toBeCloseTo(7 / 11, 10);
  });

  it('makes one pulse step (50 → 75) no reliable change, as it is on the full form', () => {
    const pulse = defaultReference(CHECKIN_INSTRUMENT, PULSE, communication);
    const full = defaultReference(CHECKIN_INSTRUMENT, FULL, communication);
    const norm = CHECKIN_INSTRUMENT.norms[communication];
    // Pulse: S_diff = √2 · 14.3108 = 16 · √1.6 ≈ 20.239; RCI = 25 / 20.239 ≈ 1.2353 < 1.96.
    // Reliable only from 1.96 · 20.239 ≈ 39.7 points (the issue's ≈ 31 used the full SD; the
    // one-item SD is larger still).
    const onPulse = changeStatus({
      baseline: 50,
      latest: 75,
      key: communication,
      norm,
      reference: pulse,
    });
    expect(onPulse.change.sDiff).toBeCloseTo(16 * Math.sqrt(1.6), 10);
    expect(onPulse.change.rci).toBeCloseTo(1.2353, 4);
    expect(onPulse.status).toBe(ChangeStatus.UNCHANGED);
    expect(1.96 * onPulse.change.sDiff).toBeGreaterThanOrEqual(31);
    // Full: S_diff = √2 · 16 · √.16 = 9.051; RCI = 25 / 9.051 ≈ 2.762 (the 2.76) → reliable,
    // and 50 ≤ c = (16 · 72 + 13 · 48) / 29 = 61.24 < 75 → RECOVERED.
    const onFull = changeStatus({
      baseline: 50,
      latest: 75,
      key: communication,
      norm,
      reference: full,
    });
    expect(onFull.change.rci).toBeCloseTo(2.7621, 4);
    expect(onFull.status).toBe(ChangeStatus.RECOVERED);
    // A full baseline then a pulse: S_diff = √(6.4² + 14.3108²) = √245.76 ≈ 15.677;
    // RCI = 25 / 15.677 ≈ 1.595 → not reliable either.
    const mixed = reliableChangeBetween(50, full, 75, pulse, communication);
    expect(mixed.sDiff).toBeCloseTo(Math.sqrt(245.76), 10);
    expect(mixed.rci).toBeCloseTo(1.5947, 4);
    expect(mixed.reliable).toBe(false);
  });
});
