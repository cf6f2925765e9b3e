import { MIN_DAYS_BETWEEN_MEASURES } from './progress';

/**
 * How the clinic's expected change is learned (binned percentiles): partners who started in the
 * same intake band, at a similar time in care, each counted once. Provisional, shown in the
 * explanations.
 */
export const EXPECTED_CHANGE = {
  /** Distinct comparison episodes (couples) needed before a line is shown. */
  minCouples: 30,
  /** The line: this percentile of comparable partners' change (about 1 in 10 falls below it by design). */
  lowPercentile: 10,
  /** Intake bands are this many points wide: [floor(x / 10) · 10, + 10), with 100 in the top band. */
  intakeBandWidth: 10,
  /** Comparison points lie within this many weeks of the partner's time in care, either side. */
  weeksWindow: 3,
  /** Follow-up points later than this after intake are not used. */
  maxWeeks: 52,
} as const;

/** One FULL INDEX follow-up point of one partner in one episode of care. */
export interface FollowUpSample {
  episodeId: string;
  clientId: string;
  /** The partner's intake (first) index of the episode. */
  intake: number;
  /** Weeks from intake to this point. */
  weeks: number;
  /** Index at this point minus intake. */
  change: number;
}

export interface ExpectedChange {
  /** The 10th percentile of comparable partners' change: below it is "not on track". */
  low: number;
  median: number;
  /** Distinct comparison episodes (couples) and partners it came from. */
  couples: number;
  partners: number;
  intakeBand: [number, number];
  weeks: [number, number];
}

const MIN_WEEKS = MIN_DAYS_BETWEEN_MEASURES / 7;
const TOP_BAND = 100 - EXPECTED_CHANGE.intakeBandWidth;

/** The lower edge of an intake's band; a perfect 100 joins the top band rather than one of its own. */
function bandOf(intake: number): number {
  const width = EXPECTED_CHANGE.intakeBandWidth;
  return Math.min(Math.floor(intake / width) * width, TOP_BAND);
}

/** Linear interpolation between the closest ranks (as R's default, type 7) of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  const at = (sorted.length - 1) * (p / 100);
  const below = Math.floor(at);
  const above = Math.ceil(at);
  return sorted[below] + (sorted[above] - sorted[below]) * (at - below);
}

/** First index whose weeks are at least `weeks` (samples sorted by weeks). */
function firstAtOrAfter(sorted: readonly FollowUpSample[], weeks: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle].weeks < weeks) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Builds the clinic's expected-change model once (samples grouped by intake band and sorted by
 * weeks); the returned function answers for one partner with intake `intake` at `weeks` since
 * intake: the change of partners of other episodes who started in the same intake band, each
 * partner-episode at its point nearest in weeks within ±weeksWindow, or null while fewer than
 * minCouples distinct episodes compare.
 */
export function expectedChangeModel(
  samples: readonly FollowUpSample[],
): (intake: number, weeks: number, ownEpisodeId: string) => ExpectedChange | null {
  const bands = new Map<number, FollowUpSample[]>();
  for (const sample of samples) {
    const usable =
      Number.isFinite(sample.intake) &&
      Number.isFinite(sample.change) &&
      sample.weeks >= MIN_WEEKS &&
      sample.weeks <= EXPECTED_CHANGE.maxWeeks;
    if (!usable) continue;
    const band = bandOf(sample.intake);
    const members = bands.get(band);
    if (members) members.push(sample);
    else bands.set(band, [sample]);
  }
  for (const members of bands.values()) members.sort((a, b) => a.weeks - b.weeks);

  return (intake, weeks, ownEpisodeId) => {
    const band = bandOf(intake);
    const members = bands.get(band) ?? [];
    const from = weeks - EXPECTED_CHANGE.weeksWindow;
    const to = weeks + EXPECTED_CHANGE.weeksWindow;
    // Per partner-episode, its point nearest in weeks (the earlier one on a tie).
    const nearest = new Map<string, FollowUpSample>();
    for (let i = firstAtOrAfter(members, from); i < members.length; i += 1) {
      const sample = members[i];
      if (sample.weeks > to) break;
      if (sample.episodeId === ownEpisodeId) continue;
      const key = `${sample.episodeId}\u0000${sample.clientId}`;
      const kept = nearest.get(key);
      if (!kept || Math.abs(sample.weeks - weeks) < Math.abs(kept.weeks - weeks)) {
        nearest.set(key, sample);
      }
    }
    const couples = new Set([...nearest.values()].map((sample) => sample.episodeId)).size;
    if (couples < EXPECTED_CHANGE.minCouples) return null;
    const changes = [...nearest.values()].map((sample) => sample.change).sort((a, b) => a - b);
    return {
      low: percentile(changes, EXPECTED_CHANGE.lowPercentile),
      median: percentile(changes, 50),
      couples,
      partners: changes.length,
      intakeBand: [band, band + EXPECTED_CHANGE.intakeBandWidth],
      weeks: [Math.max(0, from), to],
    };
  };
}
