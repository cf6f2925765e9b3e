import type { DocumentNode } from 'graphql';
import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useLiveConnected } from '../../app/live-connection';
import type { ActivityKind } from '../../graphql/generated/graphql';
import { COUPLE_CHECKINS } from '../checkins/graphql/checkins';
import { COUPLE_TIMELINE, REPORT_NOTES } from '../notes/graphql/notes';
import { SAFETY_ALERTS } from '../safety/graphql/safety';
import { COUPLE_TRENDS } from '../trends/graphql/trends';
import { COUPLE_ASSIGNMENTS } from './graphql/assignments';
import { COUPLE_ACTIVITY } from './graphql/couples';

/**
 * What each kind of activity changes on the couple page. Only queries on the page are fetched
 * again; the timeline (whose every load is audited) only for what it lists.
 */
const REFRESHES: Record<ActivityKind, DocumentNode[]> = {
  ASSIGNED: [COUPLE_ASSIGNMENTS, COUPLE_TIMELINE],
  CANCELLED: [COUPLE_ASSIGNMENTS, COUPLE_TIMELINE],
  DRAFT_STARTED: [COUPLE_ASSIGNMENTS],
  COMMENTED: [COUPLE_ASSIGNMENTS],
  SUBMITTED: [COUPLE_ASSIGNMENTS, COUPLE_TIMELINE],
  CHECKIN_SUBMITTED: [COUPLE_CHECKINS, COUPLE_TRENDS, COUPLE_TIMELINE],
  NOTE_CHANGED: [COUPLE_TIMELINE, REPORT_NOTES],
  SAFETY_ALERT: [SAFETY_ALERTS],
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
