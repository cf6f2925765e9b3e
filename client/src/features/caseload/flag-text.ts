import {
  CHECKIN_INSTRUMENT,
  clinicalCutoff,
  FLAG_THRESHOLDS,
  ordinal,
  RELIABLE_CHANGE_THRESHOLD,
  reliableChange,
} from '@tandem/shared';
import type { ChangeStatus, FlagKind } from '../../graphql/generated/graphql';

/**
 * The numbers the caseload reads the index against, from the shared instrument: the server
 * flags with the same norm (the instrument's default reliability, not the clinic's estimate
 * the couple page may use).
 */
const INDEX_NORM = CHECKIN_INSTRUMENT.norms.INDEX;
const one = (value: number) => value.toFixed(1).replace(/\.0$/, '');
export const CASELOAD_NUMBERS = {
  alpha: INDEX_NORM.alpha.toFixed(2),
  cutoff: one(clinicalCutoff(INDEX_NORM)),
  /** The smallest change of the index that is reliable, in points. */
  reliablePoints: one(
    RELIABLE_CHANGE_THRESHOLD *
      reliableChange(0, 1, INDEX_NORM.clinicalSd, INDEX_NORM.alpha, 'INDEX').sDiff,
  ),
  threshold: RELIABLE_CHANGE_THRESHOLD,
};
const N = CASELOAD_NUMBERS;

const RELIABILITY_USED = `Reliability used: the instrument's default for the index (α = ${N.alpha}, provisional).`;

/** A short name per flag, what it means and how it is worked out, for counselors. */
export const FLAG_TEXT: Record<
  FlagKind,
  { label: string; color: string; explanation: string; computed: string }
> = {
  RELIABLE_DETERIORATION: {
    label: 'Reliable deterioration',
    color: 'red.9',
    explanation:
      "A partner's interdependence index fell since their first check-in by more than measurement error explains.",
    computed: `The drop is compared with how much the index wobbles from one check-in to the next by chance (the reliable change index, RCI). An RCI below −${N.threshold} — here a fall of about ${N.reliablePoints} points or more — raises the flag. ${RELIABILITY_USED}`,
  },
  HIGH_CODEPENDENCE_RISK: {
    label: 'High codependence risk',
    color: 'pink.9',
    explanation: `A partner's latest codependence risk is ${FLAG_THRESHOLDS.codependenceRisk} or more out of 100.`,
    computed: `From the codependence items of the partner's latest check-in (reliance on the partner for self-worth, enmeshed responsibility, missing boundaries, feeling used), scored 0–100 where higher is worse. The threshold of ${FLAG_THRESHOLDS.codependenceRisk} is provisional.`,
  },
  LARGE_PARTNER_GAP: {
    label: 'Large partner gap',
    color: 'grape.9',
    explanation: `The partners' latest index scores are ${FLAG_THRESHOLDS.partnerGap} or more points apart.`,
    computed: `The difference between the two partners' latest interdependence index (|A − B|). At ${FLAG_THRESHOLDS.partnerGap} points or more they experience the relationship quite differently, which is worth exploring together.`,
  },
  DISENGAGED: {
    label: 'Disengaged',
    color: 'gray.8',
    explanation: `An exercise is overdue, or neither partner has done anything for ${FLAG_THRESHOLDS.inactiveDays} days.`,
    computed: `Counts exercises past their due date and not submitted, and the days since either partner last saved a draft, submitted an exercise or took a check-in (flagged at ${FLAG_THRESHOLDS.inactiveDays} days).`,
  },
  CHECKIN_DUE: {
    label: 'Check-in due',
    color: 'blue.9',
    explanation: 'A scheduled check-in is past its due date and not taken.',
    computed:
      'From the check-in schedules on the couple page: the flag clears as soon as the partner takes the check-in.',
  },
  NOT_ON_TRACK: {
    label: 'Not on track',
    color: 'cyan.9',
    explanation: `The couple's index change is below the ${ordinal(FLAG_THRESHOLDS.bandLowPercentile)} percentile of the clinic's own couples at a similar time since their first check-in.`,
    computed: `The couple's mean index change since the first check-in is compared with the clinic's couples nearest in weeks of care (at least ${FLAG_THRESHOLDS.bandNearest}). The flag is shown only once ${FLAG_THRESHOLDS.bandMinCouples} couples have a first and a later check-in.`,
  },
};

/** The change status of a partner's index, as the caseload badges show it. */
export const CHANGE_TEXT: Record<
  ChangeStatus,
  { label: string; color: string; explanation: string }
> = {
  RECOVERED: {
    label: 'Recovered',
    color: 'green.9',
    explanation: `Reliable improvement that also crossed the clinical cut-off (${N.cutoff}): the partner now scores more like couples doing well than couples starting counseling.`,
  },
  IMPROVED: {
    label: 'Improved',
    color: 'teal.9',
    explanation: `Reliable improvement (RCI ${N.threshold} or more, about ${N.reliablePoints} points), not yet past the cut-off of ${N.cutoff}.`,
  },
  UNCHANGED: {
    label: 'Unchanged',
    color: 'gray.8',
    explanation: `Any change is within measurement noise (less than about ${N.reliablePoints} points).`,
  },
  DETERIORATED: {
    label: 'Deteriorated',
    color: 'red.9',
    explanation: `Reliable change for the worse (RCI below −${N.threshold}).`,
  },
};

/** How the index column is read: the score, its change and the reliability behind it. */
export const INDEX_EXPLANATION = {
  topic: 'the index and its change',
  paragraphs: [
    'The interdependence index is the mean of communication, equality, growth, commitment and personal space from the partner’s latest check-in, from 0 to 100 (higher is better). In brackets: the same score at their first check-in.',
    `The badge says whether the change since then is larger than measurement noise, using the reliable change index (RCI = change ÷ the spread expected by chance; |RCI| ≥ ${N.threshold} is reliable). ${RELIABILITY_USED} The couple page may use the clinic's own estimate once it has enough check-ins, and says so.`,
  ],
};
