import {
  CheckinForm,
  CLINIC_RELIABILITY,
  cronbachAlpha,
  cutoffs,
  defaultReference,
  Dimension,
  feldtInterval,
  higherIsBetter,
  type Instrument,
  type ItemAnswer,
  itemsOf,
  POSITIVE_DIMENSIONS,
  sampleSd,
  type ScoreKey,
  spearmanBrown,
  stratifiedAlpha,
} from '@tandem/shared';
import { CheckinFormKind } from './checkin-schedule.entity';
import { ScoreKeyName } from './checkin-score.entity';
import { ReliabilitySource, type ScoreReferenceModel } from './models/checkin.models';

/** Every score, dimensions first, in the instrument's order. */
export const ALL_SCORE_KEYS: readonly ScoreKey[] = [...Object.values(Dimension), 'INDEX'];
const FORMS = [CheckinForm.FULL, CheckinForm.PULSE] as const;

interface Estimate {
  sd: number;
  reliability: number;
  lower: number;
  upper: number;
  adopted: boolean;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));
const mean = (values: readonly number[]) =>
  values.reduce((total, value) => total + value, 0) / values.length;

/**
 * The clinic's own references for one instrument version, from its intake sample (each
 * client's first full response of that version), else the instrument's defaults.
 *
 * - FULL dimension: Cronbach's alpha of its items and the SD of its scores, adopted when the
 *   sample has at least CLINIC_RELIABILITY.minClients clients and the Feldt 95 % lower bound is
 *   at least CLINIC_RELIABILITY.minLowerBound.
 * - FULL index: stratified alpha over the five positive dimensions (each weighted by its own
 *   alpha), with Feldt's interval taking the five dimensions as its parts (Cronbach's alpha of
 *   five subscale scores is a lower bound to the stratified one, so the interval is wide rather
 *   than narrow), adopted by the same rule.
 * - PULSE dimension: the full alpha shortened by Spearman–Brown to the pulse's items (interval
 *   carried through the same formula), SD of the same clients' pulse-item scores; adopted with
 *   the full estimate it comes from (a one-item reliability never reaches .70 by construction).
 * - PULSE index: stratified alpha of the five pulse items, adopted when all five full estimates
 *   behind it are.
 */
export function clinicReferences(
  instrument: Instrument,
  intakes: readonly (readonly ItemAnswer[])[],
): ScoreReferenceModel[] {
  const estimates = estimate(instrument, intakes);
  return FORMS.flatMap((form) =>
    ALL_SCORE_KEYS.map((key) =>
      referenceModel(instrument, form, key, estimates.sampleSize, estimates.of(form, key)),
    ),
  );
}

/** The defaults of one instrument version, for a clinic with no intake sample yet. */
export function defaultReferences(instrument: Instrument): ScoreReferenceModel[] {
  return clinicReferences(instrument, []);
}

function referenceModel(
  instrument: Instrument,
  form: CheckinForm,
  key: ScoreKey,
  sampleSize: number,
  estimate: Estimate | null,
): ScoreReferenceModel {
  const cut = cutoffs(instrument.norms[key], key);
  const own = estimate?.adopted ? estimate : null;
  const fallback = defaultReference(instrument, form, key);
  return {
    key: key as ScoreKeyName,
    form: CheckinFormKind[form],
    instrumentVersion: instrument.version,
    higherIsBetter: higherIsBetter(key),
    cutoff: round(cut[cut.used], 1),
    cutoffA: round(cut.a, 1),
    cutoffB: round(cut.b, 1),
    cutoffC: round(cut.c, 1),
    cutoffUsed: cut.used,
    sd: own ? round(own.sd, 2) : fallback.sd,
    reliability: own ? round(own.reliability, 3) : fallback.reliability,
    reliabilitySource: own ? ReliabilitySource.CLINIC : ReliabilitySource.DEFAULT,
    reliabilityLower: own ? round(own.lower, 3) : null,
    reliabilityUpper: own ? round(own.upper, 3) : null,
    sampleSize,
    provisional: instrument.provisional,
  };
}

/** Both forms' estimates for every key from one sample of complete full responses. */
function estimate(instrument: Instrument, intakes: readonly (readonly ItemAnswer[])[]) {
  const { min, max } = instrument.scale;
  const full = itemsOf(instrument, CheckinForm.FULL);
  const pulse = itemsOf(instrument, CheckinForm.PULSE);
  // One sample for every estimate: responses answering every scored item, reverse-keyed.
  const rows: Array<Map<string, number>> = [];
  for (const answers of intakes) {
    const byKey = new Map(answers.map((answer) => [answer.itemKey, answer.value]));
    const row = new Map<string, number>();
    for (const item of full) {
      const value = byKey.get(item.key);
      if (value === undefined) break;
      row.set(item.key, item.reverse ? min + max - value : value);
    }
    if (row.size === full.length) rows.push(row);
  }
  const n = rows.length;
  const found = new Map<string, Estimate | null>();
  const id = (form: CheckinForm, key: ScoreKey) => `${form}:${key}`;
  const result = {
    sampleSize: n,
    of: (form: CheckinForm, key: ScoreKey) => found.get(id(form, key)) ?? null,
  };
  if (n < CLINIC_RELIABILITY.minClients) return result;

  const toScore = (values: readonly number[]) => ((mean(values) - min) / (max - min)) * 100;
  const matrixOf = (items: readonly { key: string }[]) =>
    rows.map((row) => items.map((item) => row.get(item.key)!));
  const scores = new Map<string, number[]>();

  for (const dimension of Object.values(Dimension)) {
    const items = full.filter((item) => item.dimension === dimension);
    const pulseItems = pulse.filter((item) => item.dimension === dimension);
    const matrix = matrixOf(items);
    const fullScores = matrix.map(toScore);
    const pulseScores = matrixOf(pulseItems).map(toScore);
    scores.set(id(CheckinForm.FULL, dimension), fullScores);
    scores.set(id(CheckinForm.PULSE, dimension), pulseScores);
    const alpha = cronbachAlpha(matrix);
    if (alpha === null || alpha >= 1 || items.length < 2 || pulseItems.length === 0) continue;
    const interval = feldtInterval(alpha, n, items.length, CLINIC_RELIABILITY.confidence);
    const sd = sampleSd(fullScores);
    const adopted = acceptable(alpha, interval.lower, sd);
    found.set(id(CheckinForm.FULL, dimension), { sd, reliability: alpha, ...interval, adopted });
    const shorten = (r: number) => spearmanBrown(r, pulseItems.length / items.length);
    const pulseSd = sampleSd(pulseScores);
    found.set(id(CheckinForm.PULSE, dimension), {
      sd: pulseSd,
      reliability: shorten(alpha),
      lower: shorten(interval.lower),
      upper: shorten(interval.upper),
      adopted: adopted && pulseSd > 0,
    });
  }

  for (const form of FORMS) {
    const parts = POSITIVE_DIMENSIONS.map((dimension) => found.get(id(form, dimension)) ?? null);
    if (parts.some((part) => part === null)) continue;
    const columns = POSITIVE_DIMENSIONS.map((dimension) => scores.get(id(form, dimension))!);
    const strata = rows.map((_, respondent) => columns.map((column) => column[respondent]));
    const reliability = stratifiedAlpha(
      strata,
      parts.map((part) => part!.reliability),
    );
    if (reliability === null || reliability >= 1) continue;
    const interval = feldtInterval(reliability, n, strata[0].length, CLINIC_RELIABILITY.confidence);
    const sd = sampleSd(strata.map(mean));
    const adopted =
      form === CheckinForm.FULL
        ? acceptable(reliability, interval.lower, sd)
        : sd > 0 && reliability > 0 && parts.every((_, index) => fullAdopted(found, index));
    found.set(id(form, 'INDEX'), { sd, reliability, ...interval, adopted });
  }
  return result;
}

function fullAdopted(found: Map<string, Estimate | null>, dimensionIndex: number): boolean {
  return found.get(`${CheckinForm.FULL}:${POSITIVE_DIMENSIONS[dimensionIndex]}`)?.adopted ?? false;
}

/** The rule for a full-form estimate: its lower bound clears the bar (the sample size was checked). */
function acceptable(reliability: number, lower: number, sd: number): boolean {
  return reliability < 1 && lower >= CLINIC_RELIABILITY.minLowerBound && sd > 0;
}
