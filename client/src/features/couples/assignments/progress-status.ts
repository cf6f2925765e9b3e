import type { ProgressStatus } from '../../../graphql/generated/graphql';

/** Words and a colour per status; the words carry the meaning, the colour only helps. */
export const PROGRESS_STATUS: Record<ProgressStatus, { label: string; color: string }> = {
  NOT_STARTED: { label: 'Not started', color: 'gray.8' },
  DRAFT: { label: 'Draft', color: 'blue.9' },
  SUBMITTED: { label: 'Submitted', color: 'green.9' },
  OVERDUE: { label: 'Overdue', color: 'red.9' },
  CLOSED: { label: 'Closed', color: 'gray.7' },
};
