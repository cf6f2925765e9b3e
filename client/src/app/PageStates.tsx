import { Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';
import { errorMessage } from './errors';

export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader aria-hidden />
        <Text c="dimmed">{label}</Text>
      </Stack>
    </Center>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <ErrorAlert title="This page could not load">
      <Stack gap="sm" align="flex-start">
        <Text>{errorMessage(error)}</Text>
        {onRetry && (
          <Button variant="outline" color="red" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Stack>
    </ErrorAlert>
  );
}

/** Nothing to show yet: what it is, what to do next and, where one applies, the action. */
export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <Stack gap={4} py="lg" align="flex-start">
      <Text fw={600}>{title}</Text>
      <Text c="dimmed">{children}</Text>
      {action && <Group mt="xs">{action}</Group>}
    </Stack>
  );
}
