import { useQuery } from '@apollo/client/react';
import { UNREAD_NOTIFICATION_COUNT } from './graphql/notifications';

/** Reminders arrive from background jobs, so the count is polled, gently. */
const POLL_MS = 60_000;

/** The client's unread notifications, for the navigation; 0 for other roles. */
export function useUnreadNotificationCount(enabled: boolean): number {
  const { data } = useQuery(UNREAD_NOTIFICATION_COUNT, {
    skip: !enabled,
    pollInterval: POLL_MS,
  });
  return enabled ? (data?.myNotifications.unreadCount ?? 0) : 0;
}
