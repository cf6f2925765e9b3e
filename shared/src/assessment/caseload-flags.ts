import { clinicalCutoff, isFunctional, RELIABLE_CHANGE_THRESHOLD } from './change';
import { EXPECTED_CHANGE, type ExpectedChange } from './expected-change';
import { MIN_DAYS_BETWEEN_MEASURES } from './progress';
import {
  ChangeStatus,
  type ChangeReference,
  type MeasuredChange,
  type ScoreNorm,
  type SeriesProgress,
} from './types';

/** When the caseload raises a flag. Provisional, like the norms; shown beside each flag. */
export const FLAG_THRESHOLDS = {
  /** Codependence risk at or above this (0–100) is high. */
  codependenceRisk: 60,
  /** A gap between partners' index scores at or above this is large. */
  partnerGap: 20,
  /** No activity for this many days is disengaged. */
  inactiveDays: 14,
  /** This many to-dos overdue by more than `overdueGraceDays` is disengaged. */
  overdueTodos: 2,
  /** A to-do counts towards disengagement once it is overdue by more than this many days. */
  overdueGraceDays: 2,
  /** Engagement (to-dos submitted on time) counts the to-dos that fell due in this many days. */
  engagementWindowDays: 90,
} as const;

export enum FlagKind {
  URGENT_SAFETY = 'URGENT_SAFETY',
  RELIABLE_DETERIORATION = 'RELIABLE_DETERIORATION',
  RELAPSE = 'RELAPSE',
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
  clientId: string;
  displayName: string;
  /** FULL INDEX series of the current episode and latest version. */
  index: SeriesProgress;
  /** What `index`'s changes were read against (named in the reasons). */
  indexReference: ChangeReference;
  latestCodependenceRisk: number | null;
  /** The latest FULL response was straight-lined. */
  latestStraightLined: boolean;
  expected: ExpectedChange | null;
}

export interface CoupleFacts {
  partners: PartnerFacts[];
  /** Latest FULL INDEX pair (a: the first partner's, b: the second's) less than 7 days apart, or null. */
  gap: { a: number; b: number; takenAt: Date } | null;
  /** Exercises and check-ins owed and past due. */
  overdueTodos: number;
  /** Of those, overdue by more than `FLAG_THRESHOLDS.overdueGraceDays`. */
  wellOverdueTodos: number;
  checkinOverdue: boolean;
  lastActivityAt: Date | null;
  inCareSince: Date;
  /** Unresolved safety alerts of the couple's clients. */
  openSafetyAlerts: number;
}

const DAY_MS = 86_400_000;
const MINUS = '−';

/** 62.5 → "62.5", 40.0 → "40", −3 → "−3" (a real minus sign). */
const one = (value: number) => value.toFixed(1).replace(/\.0$/, '').replace('-', MINUS);
/** A change in points: "+16", "−16", "0". */
const signed = (value: number) => (value > 0 ? `+${one(value)}` : one(value));
const rciText = (rci: number) => (rci > 0 ? '+' : '') + rci.toFixed(2).replace('-', MINUS);
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const ordinalRule = new Intl.PluralRules('en-US', { type: 'ordinal' });

/** 25 → "25th", as the texts name a percentile. */
export function ordinal(n: number): string {
  return `${n}${ORDINAL_SUFFIX[ordinalRule.select(n)]}`;
}

const STATUS_WORDS: Record<ChangeStatus, string> = {
  RECOVERED: 'recovered',
  IMPROVED: 'improved',
  UNCHANGED: 'not larger than measurement error can explain',
  DETERIORATED: 'deteriorated',
};

function referenceText(reference: ChangeReference): string {
  return `full-form index, reliability ${reference.reliability.toFixed(2)}, SD ${one(reference.sd)}`;
}

/** "from 72 to 56 (−16, RCI −2.56)" */
function changeText(change: MeasuredChange): string {
  return `from ${one(change.from.score)} to ${one(change.to.score)} (${signed(change.points)}, RCI ${rciText(change.rci)})`;
}

function isReliableWorsening(change: MeasuredChange | null): change is MeasuredChange {
  return change !== null && change.reliable && change.rci < 0;
}

function safetyFlags(facts: CoupleFacts): Flag[] {
  if (facts.openSafetyAlerts <= 0) return [];
  // Names no partner, answer or item: the reason shows on every care-team screen.
  const answers =
    facts.openSafetyAlerts === 1
      ? 'A safety answer needs'
      : `${facts.openSafetyAlerts} safety answers need`;
  return [
    {
      kind: FlagKind.URGENT_SAFETY,
      reason: `${answers} an individual check before joint work goes on.`,
    },
  ];
}

function changeFlags(partner: PartnerFacts): Flag[] {
  const { sinceBaseline, sincePrevious } = partner.index;
  const reference = referenceText(partner.indexReference);
  const threshold = `at or below ${MINUS}${RELIABLE_CHANGE_THRESHOLD}`;
  if (sinceBaseline?.status === ChangeStatus.DETERIORATED) {
    const alsoRecent =
      isReliableWorsening(sincePrevious) &&
      sincePrevious.from.checkinId !== sinceBaseline.from.checkinId
        ? ` It fell ${changeText(sincePrevious)} since the previous check-in at least ${MIN_DAYS_BETWEEN_MEASURES} days earlier.`
        : '';
    return [
      {
        kind: FlagKind.RELIABLE_DETERIORATION,
        reason: `${partner.displayName}'s index fell ${changeText(sinceBaseline)} since the first check-in of this episode, ${threshold}: larger than measurement error can explain (${reference}).${alsoRecent}`,
      },
    ];
  }
  if (isReliableWorsening(sincePrevious)) {
    const overall = sinceBaseline
      ? ` Since the first check-in of this episode it went ${changeText(sinceBaseline)}: ${STATUS_WORDS[sinceBaseline.status]}.`
      : '';
    return [
      {
        kind: FlagKind.RELAPSE,
        reason: `${partner.displayName}'s index fell ${changeText(sincePrevious)} since the previous check-in at least ${MIN_DAYS_BETWEEN_MEASURES} days earlier, ${threshold}: larger than measurement error can explain (${reference}).${overall}`,
      },
    ];
  }
  return [];
}

function codependenceFlags(partner: PartnerFacts): Flag[] {
  const risk = partner.latestCodependenceRisk;
  // The same answer to every item says nothing about codependence by itself.
  if (risk === null || risk < FLAG_THRESHOLDS.codependenceRisk || partner.latestStraightLined) {
    return [];
  }
  return [
    {
      kind: FlagKind.HIGH_CODEPENDENCE_RISK,
      reason: `${partner.displayName}'s codependence risk is ${one(risk)} (flagged at ${FLAG_THRESHOLDS.codependenceRisk} or more).`,
    },
  ];
}

function gapFlags(facts: CoupleFacts): Flag[] {
  if (facts.gap === null) return [];
  const { a, b } = facts.gap;
  const gap = Math.abs(a - b);
  if (gap < FLAG_THRESHOLDS.partnerGap) return [];
  const [first, second] = facts.partners;
  return [
    {
      kind: FlagKind.LARGE_PARTNER_GAP,
      reason: `The partners' latest index scores taken less than ${MIN_DAYS_BETWEEN_MEASURES} days apart are ${one(gap)} points apart (${first?.displayName ?? 'one partner'} ${one(a)}, ${second?.displayName ?? 'the other'} ${one(b)}; flagged at ${FLAG_THRESHOLDS.partnerGap} or more).`,
    },
  ];
}

function engagementFlags(facts: CoupleFacts, now: Date): Flag[] {
  const since = Math.max(facts.lastActivityAt?.getTime() ?? -Infinity, facts.inCareSince.getTime());
  const idleDays = Math.floor((now.getTime() - since) / DAY_MS);
  const parts: string[] = [];
  if (idleDays >= FLAG_THRESHOLDS.inactiveDays) {
    parts.push(
      facts.lastActivityAt === null || facts.lastActivityAt.getTime() < facts.inCareSince.getTime()
        ? `no activity in the ${idleDays} days since care began`
        : `no activity for ${idleDays} days`,
    );
  }
  if (facts.wellOverdueTodos >= FLAG_THRESHOLDS.overdueTodos) {
    parts.push(
      `${plural(facts.wellOverdueTodos, 'to-do')} overdue by more than ${plural(FLAG_THRESHOLDS.overdueGraceDays, 'day')}`,
    );
  }
  if (parts.length === 0) return [];
  const rule = `flagged at ${FLAG_THRESHOLDS.inactiveDays} days without activity, or ${FLAG_THRESHOLDS.overdueTodos} or more to-dos overdue by more than ${plural(FLAG_THRESHOLDS.overdueGraceDays, 'day')}`;
  const what = parts.join(' and ');
  return [
    {
      kind: FlagKind.DISENGAGED,
      reason: `${what.charAt(0).toUpperCase()}${what.slice(1)} (${rule}).`,
    },
  ];
}

function notOnTrackFlags(partner: PartnerFacts, indexNorm: ScoreNorm): Flag[] {
  const change = partner.index.sinceBaseline;
  const expected = partner.expected;
  if (change === null || expected === null) return [];
  // Never for a partner who has reliably improved or is already past cut-off c.
  if (change.reliable && change.rci > 0) return [];
  // A reliable deterioration is flagged already: one fall, one flag.
  if (change.status === ChangeStatus.DETERIORATED) return [];
  if (isFunctional(change.to.score, clinicalCutoff(indexNorm), 'INDEX')) return [];
  if (change.points >= expected.low) return [];
  const weeks = (change.to.takenAt.getTime() - change.from.takenAt.getTime()) / (7 * DAY_MS);
  const [bandLow, bandHigh] = expected.intakeBand;
  const [weeksLow, weeksHigh] = expected.weeks;
  const percentile = ordinal(EXPECTED_CHANGE.lowPercentile);
  return [
    {
      kind: FlagKind.NOT_ON_TRACK,
      reason: `${partner.displayName}'s index changed ${signed(change.points)} in ${one(weeks)} weeks, below the clinic's expected line: the ${percentile} percentile of change, ${signed(expected.low)}, among ${expected.couples} comparison couples (${plural(expected.partners, 'partner')}) who started in the ${bandLow}–${bandHigh} intake band, at ${one(weeksLow)}–${one(weeksHigh)} weeks in care. About 1 in ${Math.round(100 / EXPECTED_CHANGE.lowPercentile)} comparable partners falls below it by design.`,
    },
  ];
}

/** The caseload's flags for one couple, each with a reason a counselor can read. */
export function caseloadFlags(
  facts: CoupleFacts,
  context: { now: Date; indexNorm: ScoreNorm },
): Flag[] {
  return [
    ...safetyFlags(facts),
    ...facts.partners.flatMap(changeFlags),
    ...facts.partners.flatMap(codependenceFlags),
    ...gapFlags(facts),
    ...engagementFlags(facts, context.now),
    ...(facts.checkinOverdue
      ? [
          {
            kind: FlagKind.CHECKIN_DUE,
            reason: 'A scheduled check-in is past its due date and not taken.',
          },
        ]
      : []),
    ...facts.partners.flatMap((partner) => notOnTrackFlags(partner, context.indexNorm)),
  ];
}
