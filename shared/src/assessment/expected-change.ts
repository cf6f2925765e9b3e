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

/** A usable sample, its episode and partner-episode numbered once for fast queries. */
interface Point {
  episode: number;
  partner: number;
  weeks: number;
  change: number;
}

/** First index whose weeks are at least `weeks` (points sorted by weeks). */
function firstAtOrAfter(sorted: readonly Point[], weeks: number): number {
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
  const episodeNumbers = new Map<string, number>();
  const partnerNumbers = new Map<string, number>();
  const numberOf = (numbers: Map<string, number>, key: string) => {
    let found = numbers.get(key);
    if (found === undefined) {
      found = numbers.size;
      numbers.set(key, found);
    }
    return found;
  };
  const bands = new Map<number, Point[]>();
  for (const sample of samples) {
    const usable =
      Number.isFinite(sample.intake) &&
      Number.isFinite(sample.change) &&
      sample.weeks >= MIN_WEEKS &&
      sample.weeks <= EXPECTED_CHANGE.maxWeeks;
    if (!usable) continue;
    const band = bandOf(sample.intake);
    const point: Point = {
      episode: numberOf(episodeNumbers, sample.episodeId),
      partner: numberOf(partnerNumbers, `${sample.episodeId}\u0000${sample.clientId}`),
      weeks: sample.weeks,
      change: sample.change,
    };
    const members = bands.get(band);
    if (members) members.push(point);
    else bands.set(band, [point]);
  }
  for (const members of bands.values()) members.sort((a, b) => a.weeks - b.weeks);

  // Scratch space reused by every query (a caseload asks for thousands of partners): which
  // query last saw a partner or episode, and the partner's nearest point so far.
  const partnerSeen = new Int32Array(partnerNumbers.size);
  const partnerNearest: Point[] = new Array<Point>(partnerNumbers.size);
  const episodeSeen = new Int32Array(episodeNumbers.size);
  let query = 0;

  return (intake, weeks, ownEpisodeId) => {
    query += 1;
    const band = bandOf(intake);
    const members = bands.get(band) ?? [];
    const own = episodeNumbers.get(ownEpisodeId) ?? -1;
    const from = weeks - EXPECTED_CHANGE.weeksWindow;
    const to = weeks + EXPECTED_CHANGE.weeksWindow;
    // Per partner-episode, its point nearest in weeks (the earlier one on a tie).
    const partners: number[] = [];
    for (let i = firstAtOrAfter(members, from); i < members.length; i += 1) {
      const point = members[i];
      if (point.weeks > to) break;
      if (point.episode === own) continue;
      if (partnerSeen[point.partner] !== query) {
        partnerSeen[point.partner] = query;
        partnerNearest[point.partner] = point;
        partners.push(point.partner);
      } else if (
        Math.abs(point.weeks - weeks) < Math.abs(partnerNearest[point.partner].weeks - weeks)
      ) {
        partnerNearest[point.partner] = point;
      }
    }
    let couples = 0;
    const changes: number[] = [];
    for (const partner of partners) {
      const point = partnerNearest[partner];
      if (episodeSeen[point.episode] !== query) {
        episodeSeen[point.episode] = query;
        couples += 1;
      }
      changes.push(point.change);
    }
    if (couples < EXPECTED_CHANGE.minCouples) return null;
    changes.sort((a, b) => a - b);
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
