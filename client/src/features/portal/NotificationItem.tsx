import { Anchor, Badge, Card, Group, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import type { MyNotificationsQuery } from '../../graphql/generated/graphql';
import { dayInWords } from './day-words';
import { notificationText } from './notification-words';

type Notification = MyNotificationsQuery['myNotifications']['items'][number];

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One notification, linking to its to-do; following the link marks it read. */
export function NotificationItem(props: { notification: Notification; onOpen: () => void }) {
  const { notification } = props;
  const unread = notification.readAt === null;
  const created = new Date(notification.createdAt);
  return (
    <Card component="li" withBorder padding="sm" bg={unread ? 'indigo.0' : undefined}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Anchor
          component={Link}
          to={`/exercises/${notification.todoId}`}
          fw={unread ? 700 : 400}
          onClick={props.onOpen}
        >
          {unread && <VisuallyHidden>Unread: </VisuallyHidden>}
          {notificationText(notification.kind, notification.exerciseTitle)}
        </Anchor>
        {unread && (
          <Badge color="indigo.8" style={{ flexShrink: 0 }} aria-hidden>
            New
          </Badge>
        )}
      </Group>
      <Text size="sm" c="gray.7">
        {capitalised(dayInWords(created))} at {time.format(created)}
      </Text>
    </Card>
  );
}
