import { RELIABLE_CHANGE_THRESHOLD, reliableChange, type ScoreKey } from '@tandem/shared';
import type { Explanation } from '../../app/Explain';
import {
  formatScore,
  LARGE_GAP_POINTS,
  reliabilityText,
  scoreLabel,
  STATUS_EXPLANATIONS,
  STATUS_LABELS,
  type Reference,
  type TrendData,
} from './trend-data';

/**
 * The in-place explanations of the trend charts and scores, for counselors (and, for My
 * progress, clients): what it shows, how it is worked out, which reliability was used. Every
 * number comes from the data's reference (cut-off, reliability) or the shared constants.
 */

/** The smallest change since a first check-in that is reliable, in points, or null. */
export function smallestReliableChange(reference: Reference | undefined, key: ScoreKey) {
  if (!reference) return null;
  try {
    const { sDiff } = reliableChange(0, 1, reference.sd, reference.reliability, key);
    return RELIABLE_CHANGE_THRESHOLD * sDiff;
  } catch {
    return null;
  }
}

function reliabilityWords(data: TrendData): string {
  const reference = data.reference;
  if (!reference) return 'No reliability is available for this score, so no change is marked.';
  const points = smallestReliableChange(reference, data.key);
  const size = points === null ? '' : ` (here about ${formatScore(points)} points)`;
  return `A change counts as reliable when the reliable change index (change ÷ the spread expected by chance) is at least ${RELIABLE_CHANGE_THRESHOLD} either way${size}. Reliability used: ${reliabilityText(reference)}.`;
}

function cutoffWords(reference: Reference | undefined): string {
  if (!reference) return '';
  const side = reference.higherIsBetter ? 'below' : 'above';
  return `The clinical cut-off is ${formatScore(reference.cutoff)}: scores ${side} it look more like couples starting counseling than couples doing well${reference.provisional ? ' (provisional norms, pending validation)' : ''}.`;
}

export function summaryExplanation(data: TrendData): Explanation {
  return {
    topic: `${scoreLabel(data.key)} and its change`,
    paragraphs: [
      data.key === 'INDEX'
        ? 'The interdependence index is the mean of communication, equality, growth, commitment and personal space, each scored 0–100 from the check-in answers (higher is better).'
        : `${scoreLabel(data.key)} is scored 0–100 from its check-in items${data.key === 'CODEPENDENCE_RISK' ? ' (lower is better)' : ' (higher is better)'}.`,
      'Each card compares the partner’s latest check-in in this range with their first one.',
      reliabilityWords(data),
      ...Object.entries(STATUS_LABELS).map(
        ([status, label]) =>
          `${label}: ${STATUS_EXPLANATIONS[status as keyof typeof STATUS_LABELS]}.`,
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
      `The shaded band is the clinical range. ${cutoffWords(data.reference)}`,
      `A star behind a marker is reliable improvement since that partner's first check-in, a cross reliable deterioration. ${reliabilityWords(data)}`,
    ],
  };
}

export function gapChartExplanation(): Explanation {
  return {
    topic: 'the gap chart',
    paragraphs: [
      'How far apart the partners’ scores are (|A − B|, in points), for check-ins both took within the same week. It says nothing about who is higher: the score chart shows that.',
      `At ${LARGE_GAP_POINTS} points or more the caseload flags a large partner gap: the partners experience the relationship quite differently, which is worth exploring together.`,
    ],
  };
}

export function profileChartExplanation(): Explanation {
  return {
    topic: 'the latest profile',
    paragraphs: [
      'Each partner’s most recent score in each dimension within the range, 0–100. Higher is better except for codependence risk, where higher is worse.',
      'Read it for the shape: which areas are strong and which lag, and where the partners differ most.',
    ],
  };
}

export function balanceChartExplanation(): Explanation {
  return {
    topic: 'interdependence and codependence',
    paragraphs: [
      'For each partner, the interdependence index (higher is better) and codependence risk (higher is worse) on one 0–100 scale.',
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
      'Scores move slowly and a single check-in can be up or down by chance, so look at the direction over several check-ins. Your counselor can tell you which changes are larger than chance.',
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
