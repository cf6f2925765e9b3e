import {
  MIN_DAYS_BETWEEN_MEASURES,
  RELIABLE_CHANGE_THRESHOLD,
  reliableChangeBetween,
  type ScoreKey,
} from '@tandem/shared';
import type { Explanation } from '../../app/Explain';
import {
  CHANGE_STATUS,
  CHANGE_STATUSES,
  changeMeaning,
  NOT_MEASURED,
  RELAPSE_LABEL,
} from '../measurement/change-status';
import {
  cutoffText,
  FORM_LABELS,
  formatScore,
  LARGE_GAP_POINTS,
  reliabilityText,
  scoreLabel,
  type Reference,
  type TrendData,
} from './trend-data';

/**
 * The in-place explanations of the trend charts and scores, for counselors (and, for My
 * progress, clients): what it shows, how it is worked out, which form, reliability, norms and
 * cut-off were used. Every number comes from the data's reference or the shared constants.
 */

/** The smallest change between two scores of the reference's form that is reliable, in points, or null. */
export function smallestReliableChange(reference: Reference | undefined, key: ScoreKey) {
  if (!reference) return null;
  try {
    const { sDiff } = reliableChangeBetween(0, reference, 1, reference, key);
    return RELIABLE_CHANGE_THRESHOLD * sDiff;
  } catch {
    return null;
  }
}

/** Which scores a chart or card reads: the form, and what comparable means. */
export function formWords(data: Pick<TrendData, 'form'>): string {
  return data.form === 'PULSE'
    ? 'Showing pulse scores: one item per dimension, so a pulse score is much less reliable than a full check-in’s and needs a far larger change to count. A full check-in is also scored on its pulse items, so a pulse line starts at the first check-in of either kind.'
    : 'Showing full check-ins (every item). Pulse check-ins are a separate series: choose Pulse check-ins above to see them.';
}

function comparableWords(): string {
  return `Change is measured only between comparable scores: same partner, same episode of care, same instrument version, same form and same score, taken at least ${MIN_DAYS_BETWEEN_MEASURES} days apart. Until then it is “${NOT_MEASURED.label.toLowerCase()}”. A new instrument version starts a new series.`;
}

export function reliabilityWords(data: Pick<TrendData, 'reference' | 'key'>): string {
  const reference = data.reference;
  if (!reference) return 'No reliability is available for this score, so no change is marked.';
  const points = smallestReliableChange(reference, data.key);
  const size = points === null ? '' : ` (here about ${formatScore(points)} points)`;
  return `A change counts as reliable when the reliable change index (change ÷ S_diff, the spread measurement error alone would give; S_diff = √(SEM₁² + SEM₂²)) is at or above ${RELIABLE_CHANGE_THRESHOLD}, or at or below −${RELIABLE_CHANGE_THRESHOLD}${size}. Reliability used: ${reliabilityText(reference)}; SD ${formatScore(reference.sd)}.`;
}

export function cutoffWords(reference: Reference | undefined): string {
  if (!reference) return '';
  const side = reference.higherIsBetter ? 'below' : 'above';
  return `Jacobson–Truax ${cutoffText(reference)}: c lies between the clinical and the functional means, used because both norms exist; a is two clinical SDs from the clinical mean, b two functional SDs from the functional mean. Scores ${side} the cut-off look more like couples starting counseling than couples doing well.${reference.provisional ? ` The norms are provisional, pending validation, and so is every ${CHANGE_STATUS.RECOVERED.label} badge.` : ''}`;
}

export function summaryExplanation(data: TrendData): Explanation {
  return {
    topic: `${scoreLabel(data.key)} and its change`,
    paragraphs: [
      data.key === 'INDEX'
        ? 'The interdependence index is the mean of communication, equality, growth, commitment and personal space, each scored 0–100 from the check-in answers (higher is better).'
        : `${scoreLabel(data.key)} is scored 0–100 from its check-in items${data.key === 'CODEPENDENCE_RISK' ? ' (lower is better)' : ' (higher is better)'}.`,
      `Each card shows the partner’s latest ${FORM_LABELS[data.form].toLowerCase()} check-in score in this episode of care, its change since their first comparable check-in (baseline) and since the previous one (the last at least ${MIN_DAYS_BETWEEN_MEASURES} days before the latest), whatever the range chosen. A reliable fall since the previous check-in is marked ${RELAPSE_LABEL} even while the change since baseline is still an improvement. These are the numbers the caseload shows.`,
      comparableWords(),
      formWords(data),
      reliabilityWords(data),
      ...CHANGE_STATUSES.map(
        (status) => `${CHANGE_STATUS[status].label}: ${changeMeaning(status)}.`,
      ),
      cutoffWords(data.reference),
    ].filter(Boolean),
  };
}

export function scoreChartExplanation(data: TrendData): Explanation {
  return {
    topic: `the ${scoreLabel(data.key).toLowerCase()} chart`,
    paragraphs: [
      'One line per partner: their score at each check-in. The dotted grey line is the couple mean where both answered within the same week; thin violet lines are days an exercise was submitted.',
      formWords(data),
      data.versions.length > 1
        ? 'A vertical grey line marks where a new version of the check-in began: the lines break there, because scores of different versions are not compared.'
        : '',
      `The shaded band is the clinical range. ${cutoffWords(data.reference)}`,
      `A star behind a marker is reliable improvement since that partner's baseline (the first comparable check-in), a cross reliable deterioration; nothing is marked within ${MIN_DAYS_BETWEEN_MEASURES} days of the baseline. ${reliabilityWords(data)}`,
    ].filter(Boolean),
  };
}

export function gapChartExplanation(): Explanation {
  return {
    topic: 'the gap chart',
    paragraphs: [
      'How far apart the partners’ scores are (|A − B|, in points), for check-ins both took within the same week on the same form and instrument version. It says nothing about who is higher: the score chart shows that.',
      `At ${LARGE_GAP_POINTS} points or more between the latest full check-ins both took within the same week, the caseload flags a large partner gap: the partners experience the relationship quite differently, which is worth exploring together.`,
    ],
  };
}

export function profileChartExplanation(): Explanation {
  return {
    topic: 'the latest profile',
    paragraphs: [
      'Each partner’s most recent score in each dimension within the range, on the form shown, 0–100. Higher is better except for codependence risk, where higher is worse.',
      'Read it for the shape: which areas are strong and which lag, and where the partners differ most.',
    ],
  };
}

export function balanceChartExplanation(): Explanation {
  return {
    topic: 'interdependence and codependence',
    paragraphs: [
      'For each partner, the interdependence index (higher is better) and codependence risk (higher is worse) on one 0–100 scale, on the form shown; a new instrument version starts new lines.',
      'Healthy progress usually shows the index rising while codependence risk falls. Both rising together can mean closeness that leans on the partner for self-worth: worth a conversation.',
    ],
  };
}

/** For clients: plain words, no statistics. */
export function myIndexExplanation(): Explanation {
  return {
    topic: 'my interdependence index',
    paragraphs: [
      'Your check-in answers give a score from 0 to 100 for communication, equality, growth, commitment and personal space. The index is their average: higher means you rely on each other well while each keeping a self of your own.',
      'Scores move slowly and a single check-in can be up or down by chance, so look at the direction over several check-ins. Your counselor can tell you which changes are larger than measurement error can explain.',
      'Full check-ins and the one-minute pulses are drawn separately: a pulse asks one question per area, so it moves more by chance. A new version of the check-in starts a new line.',
    ],
  };
}

export function myProfileExplanation(): Explanation {
  return {
    topic: 'my latest profile',
    paragraphs: [
      'Your most recent score in each area, from 0 to 100. Higher is better in every area except codependence risk, which measures leaning on your partner for your sense of worth: there, lower is better.',
    ],
  };
}
