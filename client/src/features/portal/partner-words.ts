import type { ProgressStatus } from '../../graphql/generated/graphql';

/** Where the partner is with a to-do given to both, in a line for the list. */
export function partnerProgressText(name: string, status: ProgressStatus): string | null {
  switch (status) {
    case 'SUBMITTED':
      return `${name} has submitted`;
    case 'DRAFT':
      return `${name} has started`;
    case 'NOT_STARTED':
    case 'OVERDUE':
      // Whether the partner is late is theirs to hear, not this partner's.
      return `${name} has not submitted yet`;
    case 'CLOSED':
      return null;
  }
}

/**
 * Why the partner's answers are not shown. The API hides the reason (their sharing choice
 * is theirs), so this says only what can be known from both statuses.
 */
export function partnerAnswersHiddenText(
  name: string,
  partnerStatus: ProgressStatus,
  iHaveSubmitted: boolean,
): string {
  if (partnerStatus !== 'SUBMITTED') {
    return `${name} has not submitted yet. If ${name} shares their answers, they appear here.`;
  }
  if (!iHaveSubmitted) {
    return `${name} has submitted. If ${name} chose to share once you have both submitted, ${name}’s answers appear when you have both submitted.`;
  }
  return `${name} has not shared their answers.`;
}
