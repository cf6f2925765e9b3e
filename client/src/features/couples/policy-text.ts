import type { ConfidentialityPolicy } from '../../graphql/generated/graphql';

/** How each confidentiality policy is explained to counselors and both partners. */
export const POLICY_TEXT: Record<ConfidentialityPolicy, { label: string; explanation: string }> = {
  NO_SECRETS: {
    label: 'No secrets',
    explanation:
      'Anything one partner tells the counselor alone may be brought into joint sessions.',
  },
  LIMITED_SECRETS: {
    label: 'Limited secrets',
    explanation:
      'The counselor may keep some things a partner shares alone private, using their judgement.',
  },
};
