import { POSITIVE_DIMENSIONS } from '../clinical-model';
import { higherIsBetter, RELIABLE_CHANGE_THRESHOLD } from './direction';
import { itemsOf } from './instrument';
import {
  CheckinForm,
  type ChangeReference,
  type Instrument,
  type InstrumentItem,
  type ReliableChange,
  type ScoreKey,
} from './types';

/**
 * Spearman–Brown: the reliability of a test made `lengthFactor` times as long (or, below 1, as
 * short) out of parallel items: n·r / (1 + (n − 1)·r).
 */
export function spearmanBrown(reliability: number, lengthFactor: number): number {
  if (!Number.isFinite(reliability) || !Number.isFinite(lengthFactor) || lengthFactor <= 0) {
    throw new Error(
      `Spearman–Brown needs a finite reliability and a length factor above 0; got ${reliability} and ${lengthFactor}.`,
    );
  }
  return (lengthFactor * reliability) / (1 + (lengthFactor - 1) * reliability);
}

/**
 * SD of a `itemsShort`-item mean score given the `itemsFull`-item mean's SD and reliability,
 * assuming parallel items: with ρ the reliability of one item (Spearman–Brown to 1/k_full),
 * var(mean of k items) ∝ (1 + (k − 1)·ρ) / k. Fewer items average out less item noise, so the
 * short form's SD is larger.
 */
export function shortFormSd(
  sd: number,
  reliability: number,
  itemsFull: number,
  itemsShort: number,
): number {
  if (
    !Number.isInteger(itemsFull) ||
    !Number.isInteger(itemsShort) ||
    itemsFull < 1 ||
    itemsShort < 1
  ) {
    throw new Error(
      `Short-form SD needs whole item counts of 1 or more; got ${itemsFull} and ${itemsShort}.`,
    );
  }
  const item = spearmanBrown(reliability, 1 / itemsFull);
  const relativeVariance = (items: number) => (1 + (items - 1) * item) / items;
  return sd * Math.sqrt(relativeVariance(itemsShort) / relativeVariance(itemsFull));
}

/** The scored items of a form that a key's score is the mean of (the index: the five positive dimensions). */
function itemsScoring(instrument: Instrument, form: CheckinForm, key: ScoreKey): InstrumentItem[] {
  return itemsOf(instrument, form).filter((entry) =>
    key === 'INDEX' ? POSITIVE_DIMENSIONS.includes(entry.dimension) : entry.dimension === key,
  );
}

/**
 * The instrument's documented default reference for a score on a form, until the clinic has its
 * own. FULL: the norm's clinical SD and alpha. PULSE: derived from the full form as a shortened
 * test of parallel items — reliability by Spearman–Brown, SD by `shortFormSd` — where a
 * dimension's pulse score is its one pulse item and the pulse index is the mean of the five
 * positive dimensions' pulse items (against the 25 items of the full index).
 */
export function defaultReference(
  instrument: Instrument,
  form: CheckinForm,
  key: ScoreKey,
): ChangeReference {
  const norm = instrument.norms[key];
  if (form === CheckinForm.FULL) return { sd: norm.clinicalSd, reliability: norm.alpha };
  const itemsFull = itemsScoring(instrument, CheckinForm.FULL, key).length;
  const itemsShort = itemsScoring(instrument, form, key).length;
  if (itemsShort === 0 || itemsFull === 0) {
    throw new Error(
      `The ${form} form of instrument version ${instrument.version} has no items for ${key}.`,
    );
  }
  return {
    sd: shortFormSd(norm.clinicalSd, norm.alpha, itemsFull, itemsShort),
    reliability: spearmanBrown(norm.alpha, itemsShort / itemsFull),
  };
}

function checkReference(reference: ChangeReference): void {
  if (!Number.isFinite(reference.sd) || reference.sd <= 0) {
    throw new Error(`Reliable change needs a standard deviation above 0; got ${reference.sd}.`);
  }
  if (!Number.isFinite(reference.reliability) || reference.reliability >= 1) {
    throw new Error(`Reliable change needs a reliability below 1; got ${reference.reliability}.`);
  }
}

/** Standard error of measurement: SEM = SD · √(1 − r). */
export function standardError(reference: ChangeReference): number {
  checkReference(reference);
  return reference.sd * Math.sqrt(1 - reference.reliability);
}

/**
 * Jacobson & Truax reliable change index between two scores that may come from different forms:
 * S_diff = √(SEM₁² + SEM₂²) (√2 · SEM when both are the same form), RCI = (to − from) / S_diff,
 * sign flipped where lower is better so that positive always means improvement.
 */
export function reliableChangeBetween(
  from: number,
  fromReference: ChangeReference,
  to: number,
  toReference: ChangeReference,
  key: ScoreKey,
): ReliableChange {
  if (!Number.isFinite(from) || !Number.isFinite(to)) {
    throw new Error('Reliable change needs two finite scores.');
  }
  const sDiff = Math.hypot(standardError(fromReference), standardError(toReference));
  const raw = (to - from) / sDiff;
  const rci = higherIsBetter(key) ? raw : -raw;
  return { rci, sDiff, reliable: Math.abs(rci) >= RELIABLE_CHANGE_THRESHOLD };
}
