import {
  CHECKIN_INSTRUMENT,
  CheckinForm,
  clinicalCutoff,
  defaultReference,
  EXPECTED_CHANGE,
  FLAG_THRESHOLDS,
  MIN_DAYS_BETWEEN_MEASURES,
  ordinal,
  RELIABLE_CHANGE_THRESHOLD,
  SAFETY_CONCERN_FROM,
  standardError,
  type ChangeReference,
} from '@tandem/shared';
import type { ChangeStatus, FlagKind } from '../../graphql/generated/graphql';
import {
  asSentence,
  CHANGE_STATUS,
  CHANGE_STATUSES,
  changeMeaning,
  NOT_MEASURED,
  RELAPSE_LABEL,
  type ChangeStatusWords,
} from '../measurement/change-status';

const one = (value: number) => value.toFixed(1).replace(/\.0$/, '');

/** The smallest reliable change of a score read against `reference`, in points: 1.96 · √2 · SEM. */
export function reliablePoints(reference: ChangeReference): string {
  return one(RELIABLE_CHANGE_THRESHOLD * Math.SQRT2 * standardError(reference));
}

const INDEX_NORM = CHECKIN_INSTRUMENT.norms.INDEX;
const SCALE = CHECKIN_INSTRUMENT.scale;
const FULL_DEFAULT = defaultReference(CHECKIN_INSTRUMENT, CheckinForm.FULL, 'INDEX');
const PULSE_DEFAULT = defaultReference(CHECKIN_INSTRUMENT, CheckinForm.PULSE, 'INDEX');

/**
 * The numbers the caseload's texts are built from, all from shared: the cut-off the server
 * classifies with, and the instrument's default references (the page shows the reference the
 * server actually used, which is the clinic's own once it qualifies).
 */
export const CASELOAD_NUMBERS = {
  threshold: RELIABLE_CHANGE_THRESHOLD,
  cutoff: one(clinicalCutoff(INDEX_NORM)),
  minDays: MIN_DAYS_BETWEEN_MEASURES,
  fullAlpha: FULL_DEFAULT.reliability.toFixed(2),
  /** The smallest reliable change of the full-form index under the default reference. */
  reliablePoints: reliablePoints(FULL_DEFAULT),
  /** The same for the pulse index: one item per dimension makes it far less precise. */
  pulseReliablePoints: reliablePoints(PULSE_DEFAULT),
};
const N = CASELOAD_NUMBERS;
const T = FLAG_THRESHOLDS;
const E = EXPECTED_CHANGE;

export interface FlagText {
  label: string;
  color: string;
  /** Urgent flags are drawn filled and larger; the others light. */
  urgent?: boolean;
  explanation: string;
  computed: string;
}

/**
 * A short name per flag, what it means and how it is worked out, for counselors; in the order
 * the server raises them (the urgent one first). Every threshold is the shared constant.
 */
export const FLAG_TEXT: Record<FlagKind, FlagText> = {
  URGENT_SAFETY: {
    label: 'Urgent: safety',
    color: 'red.9',
    urgent: true,
    explanation: `A partner answered a safety question (feeling afraid of, controlled or hurt by their partner) at ${SAFETY_CONCERN_FROM} or more on the 1–5 agreement scale (${SAFETY_CONCERN_FROM} is “${SCALE.labels[SAFETY_CONCERN_FROM - SCALE.min].toLowerCase()}”: anything but a clear “no”), and the alert is not resolved yet.`,
    computed:
      'Check that partner’s safety in an individual conversation before joint work goes on, then resolve the alert on the couple page. The other partner is never told: no score, count, status or notification of theirs reveals it.',
  },
  RELIABLE_DETERIORATION: {
    label: 'Reliable deterioration',
    color: 'red.9',
    explanation:
      "A partner's full-form interdependence index fell since the baseline of this episode of care by more than measurement error can explain.",
    computed: `The change is divided by the spread measurement error alone would give (the reliable change index, RCI); an RCI at or below −${N.threshold} raises the flag (with the default reliability, a fall of about ${N.reliablePoints} points). Only full check-ins at least ${N.minDays} days apart are compared, and a pulse change never raises it. When the index also fell since the previous check-in, the reason gives that drop too.`,
  },
  RELAPSE: {
    label: RELAPSE_LABEL,
    // orange.9 is 4.29:1 behind white 10 px text; axe asks for 4.5:1.
    color: 'violet.9',
    explanation: `A partner's full-form index fell since their previous check-in (the latest one at least ${N.minDays} days earlier) by more than measurement error can explain, even if it is still up since baseline.`,
    computed: `An RCI at or below −${N.threshold} between the previous and the latest full check-in; the reason gives the change since the previous check-in and since baseline. When the index is also reliably down since baseline, Reliable deterioration is shown instead.`,
  },
  HIGH_CODEPENDENCE_RISK: {
    label: 'High codependence risk',
    color: 'pink.9',
    explanation: `A partner's codependence risk in their latest full check-in is ${T.codependenceRisk} or more out of 100.`,
    computed: `From the codependence items (reliance on the partner for self-worth, enmeshed responsibility, missing boundaries, feeling used), scored 0–100 where higher is worse. A response giving the same answer to every item is marked as such and does not raise this flag. The threshold of ${T.codependenceRisk} is provisional.`,
  },
  LARGE_PARTNER_GAP: {
    label: 'Large partner gap',
    color: 'grape.9',
    explanation: `The partners' latest full-form index scores, taken less than ${N.minDays} days apart, are ${T.partnerGap} or more points apart.`,
    computed: `The difference |A − B| between the partners' latest full check-ins taken within ${N.minDays} days of each other (as the gap chart pairs them). At ${T.partnerGap} points or more they experience the relationship quite differently, which is worth exploring together.`,
  },
  DISENGAGED: {
    label: 'Disengaged',
    color: 'gray.8',
    explanation: `Neither partner has done anything for ${T.inactiveDays} days, or ${T.overdueTodos} or more to-dos (exercises or check-ins) are overdue by more than ${T.overdueGraceDays} days.`,
    computed: `Activity is a saved draft, a submitted exercise or a check-in; with none yet in this episode of care, the days count from its start. A to-do only just past its due date does not count until ${T.overdueGraceDays} days have gone by.`,
  },
  CHECKIN_DUE: {
    label: 'Check-in due',
    color: 'blue.9',
    explanation: 'A scheduled check-in is past its due date and not taken.',
    computed:
      'The same check-ins the Overdue column counts. The flag clears as soon as the partner takes the check-in or its schedule is closed.',
  },
  NOT_ON_TRACK: {
    label: 'Not on track',
    color: 'cyan.9',
    explanation: `A partner's full-form index change is below the ${ordinal(E.lowPercentile)} percentile of comparable partners' change in the clinic's other episodes of care. About 1 in 10 of them fall below that line by design, so the flag asks for a look, not a conclusion.`,
    computed: `Comparable: intake score in the same ${E.intakeBandWidth}-point band and measured within ±${E.weeksWindow} weeks of the same time in care (up to ${E.maxWeeks} weeks), each partner's nearest follow-up counted once. Shown only from ${E.minCouples} comparison couples, never for a partner who improved reliably or scores on the functional side of the cut-off (${N.cutoff}), and not beside a reliable deterioration of the same partner (one fall, one flag).`,
  },
};

/** The change status of a partner's index, as the caseload badges show it (with c's value). */
export const CHANGE_TEXT = Object.fromEntries(
  CHANGE_STATUSES.map((status) => [
    status,
    { ...CHANGE_STATUS[status], explanation: asSentence(changeMeaning(status, N.cutoff)) },
  ]),
) as Record<ChangeStatus, ChangeStatusWords & { explanation: string }>;

/** Beside any Recovered badge: what the cut-off rests on. */
export const RECOVERED_NOTE = `${CHANGE_STATUS.RECOVERED.label}: reliable improvement past cut-off c (${N.cutoff}), worked out from provisional norms.`;

export const NOT_MEASURED_TEXT = {
  label: NOT_MEASURED.label,
  explanation: asSentence(NOT_MEASURED.meaning),
};

export const STRAIGHT_LINED_TEXT = {
  label: 'Same answer to every item',
  explanation:
    'The latest full check-in gave the same answer to every item, reverse-worded ones included, so its scores may say little about the relationship. It does not raise a codependence flag; worth asking about.',
};

/** How the index column is read: the scores, their changes and the references behind them. */
export const INDEX_EXPLANATION = {
  topic: 'the index and its change',
  paragraphs: [
    'The interdependence index is the mean of communication, equality, growth, commitment and personal space, from 0 to 100 (higher is better), from the full check-ins of the couple’s current episode of care and instrument version.',
    `Two changes are shown: since baseline (the first full check-in of the episode) and since the previous check-in (the latest one at least ${N.minDays} days before the latest). Each is "not measured yet" until two full check-ins are at least ${N.minDays} days apart.`,
    `The badge reads the change since baseline with the reliable change index (RCI = change ÷ the spread measurement error alone would give): at or above ${N.threshold} is a reliable improvement, at or below −${N.threshold} a reliable deterioration, anything between is not larger than measurement error can explain.`,
    `Pulse: the same index from the pulse items only (full check-ins are scored on them too). With one item per dimension it is much less precise (by default a reliable pulse change needs about ${N.pulseReliablePoints} points, against ${N.reliablePoints} for the full form), so it is shown for context and never raises a flag.`,
  ],
};
