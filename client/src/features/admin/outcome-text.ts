import { FLAG_THRESHOLDS } from '@tandem/shared';
import type { Explanation } from '../../app/Explain';
import { CASELOAD_NUMBERS, CHANGE_TEXT, NOT_MEASURED_TEXT } from '../caseload/flag-text';

/**
 * What the outcomes table counts, for a clinic admin. Outcomes are the caseload's numbers (the
 * same episodes, series, references and rules), so the words come from the caseload's texts
 * rather than a second copy.
 */
export const OUTCOMES_EXPLANATION: Explanation = {
  topic: 'engagement and outcomes',
  paragraphs: [
    `On time: of the to-dos that fell due in the last ${FLAG_THRESHOLDS.engagementWindowDays} days, the share submitted by their due date.`,
    `Outcomes count the clients of couples in care by how their full-form interdependence index changed in the couple's current episode of care, from its first full check-in (baseline) to the latest, using the reliable change index (|RCI| ≥ ${CASELOAD_NUMBERS.threshold} is reliable). Scores from an earlier episode or an earlier couple are not counted. Pulse check-ins are not counted.`,
    [...Object.values(CHANGE_TEXT), NOT_MEASURED_TEXT]
      .map((status) => `${status.label}: ${status.explanation}`)
      .join(' '),
    'The reliability and SD used are listed under the table: the clinic’s own estimate once it qualifies, the instrument’s default otherwise — the same the caseload and the couple pages use.',
    'A counselor’s row counts the couples they are primary counselor for.',
  ],
};
