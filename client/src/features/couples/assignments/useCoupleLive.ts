import { useSubscription } from '@apollo/client/react';
import { useLiveConnected } from '../../../app/live-connection';
import { COUPLE_ACTIVITY } from '../graphql/assignments';

/**
 * Keeps the couple's assignments current: when a partner drafts or submits (on any server),
 * the list is fetched again. Says whether live updates are flowing, for the page to show.
 */
export function useCoupleLive(coupleId: string, onActivity: () => void): { live: boolean } {
  const connected = useLiveConnected();
  const { error } = useSubscription(COUPLE_ACTIVITY, {
    variables: { coupleId },
    onData: () => onActivity(),
  });
  return { live: connected && !error };
}
