import { FLAG_THRESHOLDS } from '@tandem/shared';
import type { ChangeStatus, FlagKind } from '../../graphql/generated/graphql';

/** A short name per flag, and what it means, for counselors. */
export const FLAG_TEXT: Record<FlagKind, { label: string; color: string; explanation: string }> = {
  RELIABLE_DETERIORATION: {
    label: 'Reliable deterioration',
    color: 'red.9',
    explanation:
      "A partner's interdependence index fell since their first check-in by more than measurement error explains (reliable change index below −1.96).",
  },
  HIGH_CODEPENDENCE_RISK: {
    label: 'High codependence risk',
    color: 'pink.9',
    explanation: `A partner's latest codependence risk is ${FLAG_THRESHOLDS.codependenceRisk} or more out of 100.`,
  },
  LARGE_PARTNER_GAP: {
    label: 'Large partner gap',
    color: 'grape.9',
    explanation: `The partners' latest index scores are ${FLAG_THRESHOLDS.partnerGap} or more points apart.`,
  },
  DISENGAGED: {
    label: 'Disengaged',
    color: 'gray.8',
    explanation: `An exercise is overdue, or neither partner has done anything for ${FLAG_THRESHOLDS.inactiveDays} days.`,
  },
  CHECKIN_DUE: {
    label: 'Check-in due',
    color: 'blue.9',
    explanation: 'A scheduled check-in is past its due date and not taken.',
  },
  NOT_ON_TRACK: {
    label: 'Not on track',
    color: 'cyan.9',
    explanation:
      "The couple's index change is below the 25th percentile of the clinic's own couples at a similar time since their first check-in.",
  },
};

export const CHANGE_TEXT: Record<ChangeStatus, { label: string; color: string }> = {
  RECOVERED: { label: 'Recovered', color: 'green.9' },
  IMPROVED: { label: 'Improved', color: 'teal.9' },
  UNCHANGED: { label: 'Unchanged', color: 'gray.8' },
  DETERIORATED: { label: 'Deteriorated', color: 'red.9' },
};
