import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../app/ErrorAlert';
import { EmptyState, ErrorState, LoadingState } from '../../app/PageStates';
import { Paging } from '../../app/Paging';
import { usePageTitle } from '../../app/usePageTitle';
import {
  MARK_NOTIFICATIONS_READ,
  MY_NOTIFICATIONS,
  UNREAD_NOTIFICATION_COUNT,
} from './graphql/notifications';
import { NotificationItem } from './NotificationItem';

const PAGE_SIZE = 25;
const REFRESH = { refetchQueries: [MY_NOTIFICATIONS, UNREAD_NOTIFICATION_COUNT] };

export default function NotificationsPage() {
  usePageTitle('Notifications');
  const [page, setPage] = useState(1);
  const { data, loading, error, refetch } = useQuery(MY_NOTIFICATIONS, {
    variables: { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [markRead, marking] = useMutation(MARK_NOTIFICATIONS_READ, REFRESH);
  const notifications = data?.myNotifications;

  return (
    <Stack maw={640}>
      <Group justify="space-between">
        <Title order={1}>Notifications</Title>
        <Button
          variant="default"
          onClick={() => void markRead().catch(() => undefined)}
          loading={marking.loading}
          disabled={!notifications || notifications.unreadCount === 0}
        >
          Mark all as read
        </Button>
      </Group>
      <ErrorAlert error={marking.error} />
      {loading && !notifications && <LoadingState label="Loading notifications…" />}
      {error && !notifications && <ErrorState error={error} onRetry={() => void refetch()} />}
      {notifications && (
        <Text size="sm" c="gray.7" role="status">
          {notifications.unreadCount === 0
            ? 'All read.'
            : notifications.unreadCount === 1
              ? '1 unread'
              : `${notifications.unreadCount} unread`}
        </Text>
      )}
      {notifications && notifications.totalCount === 0 && (
        <EmptyState title="No notifications yet.">
          You get one when your counselor gives you an exercise or comments on your answers, and as
          a reminder when an exercise is almost due.
        </EmptyState>
      )}
      {notifications && notifications.items.length > 0 && (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {notifications.items.map((notification) => (
            <NotificationItem
              key={notification.id}
              notification={notification}
              onOpen={() => {
                if (notification.readAt === null) {
                  void markRead({ variables: { ids: [notification.id] } }).catch(() => undefined);
                }
              }}
            />
          ))}
        </Stack>
      )}
      {notifications && (
        <Paging
          total={notifications.totalCount}
          pageSize={PAGE_SIZE}
          page={page}
          onChange={setPage}
        />
      )}
    </Stack>
  );
}
