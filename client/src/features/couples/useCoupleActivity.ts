import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useLiveConnected } from '../../app/live-connection';
import type { ActivityKind } from '../../graphql/generated/graphql';
import { COUPLE_ACTIVITY } from './graphql/couples';

/**
 * What each kind of activity changes on the couple page, by query name. Only queries on the
 * page are fetched again; the timeline (whose every load is audited) only for what it lists.
 */
const REFRESHES: Record<ActivityKind, string[]> = {
  ASSIGNED: ['CoupleAssignments', 'CoupleTimeline'],
  CANCELLED: ['CoupleAssignments', 'CoupleTimeline'],
  DRAFT_STARTED: ['CoupleAssignments'],
  COMMENTED: ['CoupleAssignments'],
  SUBMITTED: ['CoupleAssignments', 'CoupleTimeline'],
  CHECKIN_SUBMITTED: ['CoupleCheckins', 'CoupleTrends', 'CoupleTimeline'],
  NOTE_CHANGED: ['CoupleTimeline', 'ReportNotes'],
  SAFETY_ALERT: ['SafetyAlerts'],
};

/**
 * One live subscription for the couple page: when a partner drafts, submits or takes a
 * check-in, or someone on the care team changes a session note (on any server), the sections
 * showing it catch up. Says whether updates are flowing, for the page to show. Counselors
 * only (the server allows no one else).
 */
export function useCoupleActivity(coupleId: string, enabled: boolean): { live: boolean } {
  const client = useApolloClient();
  const connected = useLiveConnected();
  const { error } = useSubscription(COUPLE_ACTIVITY, {
    variables: { coupleId },
    skip: !enabled,
    onData: ({ data }) => {
      const kind = data.data?.coupleActivity.kind;
      if (kind) void client.refetchQueries({ include: REFRESHES[kind] });
    },
  });
  return { live: enabled && connected && !error };
}
