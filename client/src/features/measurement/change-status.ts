import { MIN_DAYS_BETWEEN_MEASURES, RELIABLE_CHANGE_THRESHOLD } from '@tandem/shared';
import type { ChangeStatus } from '../../graphql/generated/graphql';

/**
 * The words for a measured change, the same on the caseload, the couple's progress, a
 * partner's own progress and the clinic's outcomes. Every threshold is the shared constant.
 */

const T = RELIABLE_CHANGE_THRESHOLD;

export interface ChangeStatusWords {
  label: string;
  /** A filled badge's colour: white text on it reads at 4.5:1 or more. */
  color: string;
}

// Mantine's green.9 is 4.4:1 behind white text; this green is 5:1.
export const CHANGE_STATUS: Record<ChangeStatus, ChangeStatusWords> = {
  RECOVERED: { label: 'Recovered', color: '#276b33' },
  IMPROVED: { label: 'Improved', color: 'teal.9' },
  UNCHANGED: { label: 'Unchanged', color: 'gray.8' },
  DETERIORATED: { label: 'Deteriorated', color: 'red.9' },
};

/** The statuses in the order they are listed and explained: best first. */
export const CHANGE_STATUSES = Object.keys(CHANGE_STATUS) as ChangeStatus[];

/**
 * What a status means, as a clause to follow its label ("Improved: reliable improvement …").
 * `cutoff` gives cut-off c's value where the reader looks at one score, such as the index.
 */
export function changeMeaning(status: ChangeStatus, cutoff?: string): string {
  const c = cutoff ? `cut-off c (${cutoff})` : 'cut-off c';
  switch (status) {
    case 'RECOVERED':
      return `reliable improvement (RCI at or above ${T}) that crossed ${c} from the clinical range: the partner now scores more like people doing well than people starting counseling; the norms behind the cut-off are provisional`;
    case 'IMPROVED':
      return `reliable improvement: larger than measurement error can explain (RCI at or above ${T})`;
    case 'UNCHANGED':
      return `the change is not larger than measurement error can explain (RCI between −${T} and ${T})`;
    case 'DETERIORATED':
      return `reliable change for the worse (RCI at or below −${T})`;
  }
}

/** No status yet: too few comparable check-ins, or too close together. */
export const NOT_MEASURED = {
  label: 'Not measured yet',
  meaning: `change needs two comparable check-ins at least ${MIN_DAYS_BETWEEN_MEASURES} days apart in the same episode of care`,
};

/** A reliable fall since the previous check-in, whatever the change since baseline. */
export const RELAPSE_LABEL = 'Relapse';

/** A clause as a sentence of its own. */
export function asSentence(clause: string): string {
  return `${clause.charAt(0).toUpperCase()}${clause.slice(1)}.`;
}

/** An RCI to two decimals with a real minus sign, as every other number on the page. */
export function rciText(rci: number): string {
  return rci.toFixed(2).replace('-', '−');
}
