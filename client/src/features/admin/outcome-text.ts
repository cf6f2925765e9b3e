import { FLAG_THRESHOLDS } from '@tandem/shared';
import type { Explanation } from '../../app/Explain';
import { CASELOAD_NUMBERS } from '../caseload/flag-text';

/**
 * What the outcomes table counts, for a clinic admin. The outcomes use the same index norm and
 * reliability as the caseload badges (the shared instrument's defaults), so the numbers come
 * from the caseload's texts rather than a second copy.
 */
export const OUTCOMES_EXPLANATION: Explanation = {
  topic: 'engagement and outcomes',
  paragraphs: [
    `On time: of the to-dos that fell due in the last ${FLAG_THRESHOLDS.engagementWindowDays} days, the share submitted by their due date.`,
    `Outcomes count clients by how their interdependence index changed from their first check-in to their latest, using the reliable change index (|RCI| ≥ ${CASELOAD_NUMBERS.threshold} is reliable, about ${CASELOAD_NUMBERS.reliablePoints} points). Reliability used: the instrument's default for the index (α = ${CASELOAD_NUMBERS.alpha}, provisional).`,
    `Recovered: reliable improvement that also crossed the clinical cut-off of ${CASELOAD_NUMBERS.cutoff}. Improved: reliable improvement short of that. Unchanged: within measurement noise. Deteriorated: reliable change for the worse. Not measured yet: fewer than two check-ins.`,
    'A counselor’s row counts the couples they are primary counselor for.',
  ],
};
