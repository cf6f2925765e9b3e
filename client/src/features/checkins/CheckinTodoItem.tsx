import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { CheckinTodoFieldsFragment } from '../../graphql/generated/graphql';
import { dayInWords, dueInWords } from '../portal/day-words';
import { STATUS_BADGES } from '../portal/TodoItem';
import { FORM_TEXT, itemCount } from './checkin-words';

/** A check-in in the client's lists, like an exercise to-do but marked as a check-in. */
export function CheckinTodoItem({ checkin }: { checkin: CheckinTodoFieldsFragment }) {
  const status = STATUS_BADGES[checkin.status];
  return (
    <Card component="li" withBorder padding="sm">
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Anchor component={Link} to={`/checkins/${checkin.id}`} fw={600}>
            {FORM_TEXT[checkin.form].name}
          </Anchor>
          <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
            <Badge color="indigo.8" variant="filled">
              Check-in
            </Badge>
            <Badge color={status.color} variant={status.variant}>
              {status.label}
            </Badge>
          </Group>
        </Group>
        <Text size="sm">
          {checkin.submittedAt
            ? `Submitted ${dayInWords(new Date(checkin.submittedAt))}`
            : `${dueInWords(checkin.dueAt)} · ${itemCount(checkin.form)} statements · ${FORM_TEXT[checkin.form].minutes}`}
        </Text>
      </Stack>
    </Card>
  );
}
