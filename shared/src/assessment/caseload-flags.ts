import { changeStatus, RELIABLE_CHANGE_THRESHOLD } from './change';
import { ChangeStatus, type ScoreNorm } from './types';

/** When the caseload raises a flag. Provisional, like the norms; shown beside each flag. */
export const FLAG_THRESHOLDS = {
  /** Codependence risk at or above this (0–100) is high. */
  codependenceRisk: 60,
  /** A gap between partners' index scores at or above this is large. */
  partnerGap: 20,
  /** No activity for this many days is disengaged. */
  inactiveDays: 14,
  /** Couples with a baseline and a later score needed before the expected band is shown. */
  bandMinCouples: 10,
  /** The band at a point in care comes from the couples nearest to it in weeks: at least this many. */
  bandNearest: 5,
  /** The band's lower edge, a percentile of those couples' change: below it is "not on track". */
  bandLowPercentile: 25,
  /** Engagement (to-dos submitted on time) counts the to-dos that fell due in this many days. */
  engagementWindowDays: 90,
} as const;

export enum FlagKind {
  RELIABLE_DETERIORATION = 'RELIABLE_DETERIORATION',
  HIGH_CODEPENDENCE_RISK = 'HIGH_CODEPENDENCE_RISK',
  LARGE_PARTNER_GAP = 'LARGE_PARTNER_GAP',
  DISENGAGED = 'DISENGAGED',
  CHECKIN_DUE = 'CHECKIN_DUE',
  NOT_ON_TRACK = 'NOT_ON_TRACK',
}

export interface Flag {
  kind: FlagKind;
  /** For a counselor: what was seen, with its numbers. */
  reason: string;
}

export interface PartnerFacts {
  displayName: string;
  baselineIndex: number | null;
  latestIndex: number | null;
  latestCodependenceRisk: number | null;
}

export interface CoupleFacts {
  partners: PartnerFacts[];
  overdueCount: number;
  lastActivityAt: Date | null;
  /** A scheduled check-in is past its due date and not taken. */
  checkinOverdue: boolean;
  /** Weeks between the couple's baseline and its latest index scores (mean of partners). */
  weeksSinceBaseline: number | null;
  /** Mean change of the partners' index since baseline. */
  indexChange: number | null;
}

export interface ChangeSample {
  weeks: number;
  change: number;
}

export interface ExpectedBand {
  /** The comparable couples' change at `bandLowPercentile`: below it is "not on track". */
  low: number;
  median: number;
  samples: number;
}

function percentile(sorted: number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const below = Math.floor(at);
  const above = Math.ceil(at);
  return sorted[below] + (sorted[above] - sorted[below]) * (at - below);
}

/**
 * The change in index the clinic's own couples showed by a similar time since their
 * baseline — the couples nearest in weeks — or null while the clinic has too few couples to
 * say (the band is then hidden, with that explanation).
 */
export function expectedBand(samples: readonly ChangeSample[], weeks: number): ExpectedBand | null {
  return expectedBands(samples)(weeks);
}

/**
 * `expectedBand` for many couples of one clinic: the samples are sorted by weeks once, and
 * each band is found from where its weeks fall, leaving out `own` (the couple's own sample),
 * instead of sorting every sample again for every couple of a caseload.
 */
export function expectedBands<T extends ChangeSample>(
  samples: readonly T[],
): (weeks: number, own?: T) => ExpectedBand | null {
  const sorted = [...samples].sort((a, b) => a.weeks - b.weeks);
  return (weeks, own) => {
    const others = own && samples.includes(own) ? samples.length - 1 : samples.length;
    if (others < FLAG_THRESHOLDS.bandMinCouples) return null;
    const distance = (i: number) => Math.abs(sorted[i].weeks - weeks);
    let right = sorted.findIndex((sample) => sample.weeks >= weeks);
    if (right < 0) right = sorted.length;
    let left = right - 1;
    // The n-th nearest, walking outwards from where `weeks` falls.
    let nth = 0;
    for (let found = 0; found < FLAG_THRESHOLDS.bandNearest;) {
      const takeLeft = left >= 0 && (right >= sorted.length || distance(left) <= distance(right));
      const i = takeLeft ? left-- : right++;
      if (sorted[i] === own) continue;
      nth = distance(i);
      found += 1;
    }
    // Everyone as near as the n-th nearest (give or take a week), so ties never pick at random.
    const radius = nth + 1;
    const near = sorted
      .filter((sample) => sample !== own && Math.abs(sample.weeks - weeks) <= radius)
      .map((sample) => sample.change)
      .sort((a, b) => a - b);
    const round = (value: number) => Math.round(value * 10) / 10;
    return {
      low: round(percentile(near, FLAG_THRESHOLDS.bandLowPercentile / 100)),
      median: round(percentile(near, 0.5)),
      samples: near.length,
    };
  };
}

const one = (value: number) => value.toFixed(1).replace(/\.0$/, '');

const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const ordinalRule = new Intl.PluralRules('en-US', { type: 'ordinal' });

/** 25 → "25th", as the texts name a percentile. */
export function ordinal(n: number): string {
  return `${n}${ORDINAL_SUFFIX[ordinalRule.select(n)]}`;
}

/** The caseload's flags for one couple, each with a reason a counselor can read. */
export function caseloadFlags(
  facts: CoupleFacts,
  context: { now: Date; indexNorm: ScoreNorm; band: ExpectedBand | null },
): Flag[] {
  const flags: Flag[] = [];
  for (const partner of facts.partners) {
    if (partner.baselineIndex === null || partner.latestIndex === null) continue;
    const { status, change } = changeStatus({
      baseline: partner.baselineIndex,
      latest: partner.latestIndex,
      key: 'INDEX',
      norm: context.indexNorm,
    });
    if (status === ChangeStatus.DETERIORATED) {
      flags.push({
        kind: FlagKind.RELIABLE_DETERIORATION,
        reason: `${partner.displayName}'s index fell from ${one(partner.baselineIndex)} to ${one(partner.latestIndex)} (RCI ${change.rci.toFixed(2)}, beyond −${RELIABLE_CHANGE_THRESHOLD}).`,
      });
    }
  }
  for (const partner of facts.partners) {
    const risk = partner.latestCodependenceRisk;
    if (risk !== null && risk >= FLAG_THRESHOLDS.codependenceRisk) {
      flags.push({
        kind: FlagKind.HIGH_CODEPENDENCE_RISK,
        reason: `${partner.displayName}'s codependence risk is ${one(risk)} (flagged at ${FLAG_THRESHOLDS.codependenceRisk} or more).`,
      });
    }
  }
  const [a, b] = facts.partners;
  if (a?.latestIndex != null && b?.latestIndex != null) {
    const gap = Math.abs(a.latestIndex - b.latestIndex);
    if (gap >= FLAG_THRESHOLDS.partnerGap) {
      flags.push({
        kind: FlagKind.LARGE_PARTNER_GAP,
        reason: `The partners' latest index scores are ${one(gap)} points apart (${a.displayName} ${one(a.latestIndex)}, ${b.displayName} ${one(b.latestIndex)}; flagged at ${FLAG_THRESHOLDS.partnerGap}).`,
      });
    }
  }
  const idleDays =
    facts.lastActivityAt === null
      ? null
      : Math.floor((context.now.getTime() - facts.lastActivityAt.getTime()) / 86_400_000);
  if (facts.overdueCount > 0 || idleDays === null || idleDays >= FLAG_THRESHOLDS.inactiveDays) {
    const parts = [
      facts.overdueCount > 0
        ? `${facts.overdueCount} overdue exercise${facts.overdueCount === 1 ? '' : 's'}`
        : null,
      idleDays === null
        ? 'no activity yet'
        : idleDays >= FLAG_THRESHOLDS.inactiveDays
          ? `no activity for ${idleDays} days`
          : null,
    ].filter(Boolean);
    flags.push({
      kind: FlagKind.DISENGAGED,
      reason: `${parts.join(' and ')}.`.replace(/^./, (c) => c.toUpperCase()),
    });
  }
  if (facts.checkinOverdue) {
    flags.push({
      kind: FlagKind.CHECKIN_DUE,
      reason: 'A scheduled check-in is past its due date and not taken.',
    });
  }
  if (context.band && facts.indexChange !== null && facts.indexChange < context.band.low) {
    flags.push({
      kind: FlagKind.NOT_ON_TRACK,
      reason: `Index change ${facts.indexChange >= 0 ? '+' : ''}${one(facts.indexChange)} after ${Math.round(facts.weeksSinceBaseline ?? 0)} weeks, below the clinic's expected band (${ordinal(FLAG_THRESHOLDS.bandLowPercentile)} percentile ${context.band.low >= 0 ? '+' : ''}${one(context.band.low)} among the ${context.band.samples} couples nearest in time in care).`,
    });
  }
  return flags;
}
