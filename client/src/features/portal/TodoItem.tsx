import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { TodoFieldsFragment } from '../../graphql/generated/graphql';
import { MODE_LABELS, minutesLabel } from '../exercises/labels';
import { dayInWords, dueInWords } from './day-words';
import { partnerProgressText } from './partner-words';

// Outlined dark shades keep the text above 4.5:1 on white; overdue stands out filled.
export const STATUS_BADGES = {
  OVERDUE: { label: 'Overdue', color: 'red.8', variant: 'filled' },
  DRAFT: { label: 'Started', color: 'indigo.8', variant: 'outline' },
  NOT_STARTED: { label: 'Not started', color: 'gray.8', variant: 'outline' },
  SUBMITTED: { label: 'Submitted', color: 'green.9', variant: 'outline' },
  CLOSED: { label: 'Closed', color: 'gray.8', variant: 'outline' },
} as const;

/** One to-do in a list: its title links to it. */
export function TodoItem({ todo, partnerName }: { todo: TodoFieldsFragment; partnerName: string }) {
  const badge = STATUS_BADGES[todo.status];
  const partnerLine =
    todo.exercise.mode === 'INDIVIDUAL' && todo.partnerStatus
      ? partnerProgressText(partnerName, todo.partnerStatus)
      : null;
  return (
    <Card component="li" withBorder padding="sm">
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Anchor component={Link} to={`/exercises/${todo.id}`} fw={600}>
            {todo.exercise.title}
          </Anchor>
          <Badge color={badge.color} variant={badge.variant} style={{ flexShrink: 0 }}>
            {badge.label}
          </Badge>
        </Group>
        <Text size="sm">
          {todo.submittedAt
            ? `Submitted ${dayInWords(new Date(todo.submittedAt))}`
            : dueInWords(todo.dueAt)}
          {' · '}
          {MODE_LABELS[todo.exercise.mode]} · {minutesLabel(todo.exercise.estimatedMinutes)}
        </Text>
        {partnerLine && (
          <Text size="sm" c="gray.7">
            {partnerLine}
          </Text>
        )}
        {todo.commentCount > 0 && (
          <Text size="sm" c="indigo.8">
            {todo.commentCount === 1
              ? '1 comment from your care team'
              : `${todo.commentCount} comments from your care team`}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
