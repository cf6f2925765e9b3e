import type { Dimension } from '../clinical-model';

/** The full check-in, or the one-minute pulse (one item per dimension) for weekly use. */
export enum CheckinForm {
  FULL = 'FULL',
  PULSE = 'PULSE',
}

/** What a score is of: one dimension, or the interdependence index (mean of the five positive). */
export type ScoreKey = Dimension | 'INDEX';

export interface InstrumentItem {
  /** Stable across versions of the instrument; answers are keyed by it. */
  key: string;
  /** The statement the client rates their agreement with, in the first person. */
  text: string;
  dimension: Dimension;
  /** True when agreeing means less of the dimension (scored max + min − value). */
  reverse: boolean;
  /** True for the one item per dimension that makes up the pulse form. */
  pulse: boolean;
}

/**
 * A statement about the client's safety with their partner (afraid of, controlled or hurt by
 * them), on the same agreement scale. Asked on every form after the scored items; it belongs to
 * no dimension and is never scored: an answer of concern goes to the care team alone.
 */
export interface SafetyItem {
  /** Stable across versions; distinct from every scored item's key. */
  key: string;
  text: string;
}

/**
 * Provisional reference values for one score (0–100 scale): the clinical (help-seeking)
 * population and the functional one, for the Jacobson–Truax cut-off, and the default
 * reliability (Cronbach's alpha) used for reliable change until the clinic has its own.
 */
export interface ScoreNorm {
  clinicalMean: number;
  clinicalSd: number;
  functionalMean: number;
  functionalSd: number;
  alpha: number;
}

export interface Instrument {
  id: string;
  version: number;
  title: string;
  /** The agreement scale every item uses: 1 (strongly disagree) to 5 (strongly agree). */
  scale: { min: number; max: number; labels: readonly string[] };
  /** The scored items. */
  items: readonly InstrumentItem[];
  /** Asked on every form, after the scored items; never scored. Empty in version 1. */
  safetyItems: readonly SafetyItem[];
  /** Per dimension and for the index. Marked provisional in the UI and docs. */
  norms: Readonly<Record<ScoreKey, ScoreNorm>>;
  provisional: boolean;
}

export interface ItemAnswer {
  itemKey: string;
  value: number;
}

export interface CheckinScores {
  /** 0–100 per dimension; a dimension with fewer than 80 % of its items answered is absent. */
  dimensions: Partial<Record<Dimension, number>>;
  /** Mean of the five positive dimensions, or null unless all five are scored. */
  index: number | null;
}

export enum ChangeStatus {
  RECOVERED = 'RECOVERED',
  IMPROVED = 'IMPROVED',
  UNCHANGED = 'UNCHANGED',
  DETERIORATED = 'DETERIORATED',
}

export interface ReliableChange {
  /** (x2 − x1) / S_diff, signed so that positive is better. */
  rci: number;
  /** S_diff = √(SEM₁² + SEM₂²), which is √2 · SD · √(1 − r) on one form. */
  sDiff: number;
  /** |RCI| ≥ 1.96. */
  reliable: boolean;
}

/** What reliable change of one score on one form is read against. */
export interface ChangeReference {
  /** SD on the 0–100 scale (clinical population, or the clinic's intake sample). */
  sd: number;
  /** Reliability (alpha, stratified alpha or Spearman–Brown estimate) of this form's score. */
  reliability: number;
}

/** One score of a comparable series (one client, episode, instrument version, form and key). */
export interface ScoredPoint {
  checkinId: string;
  takenAt: Date;
  score: number;
}

/** One measured change between two comparable scores. */
export interface MeasuredChange {
  from: ScoredPoint;
  to: ScoredPoint;
  /** to − from, in points (not sign-flipped). */
  points: number;
  /** Positive = better. */
  rci: number;
  sDiff: number;
  reliable: boolean;
  status: ChangeStatus;
}

export interface SeriesProgress {
  baseline: ScoredPoint | null;
  previous: ScoredPoint | null;
  latest: ScoredPoint | null;
  /** Null until two comparable scores ≥ MIN_DAYS_BETWEEN_MEASURES apart exist ("not measured yet"). */
  sinceBaseline: MeasuredChange | null;
  sincePrevious: MeasuredChange | null;
}
