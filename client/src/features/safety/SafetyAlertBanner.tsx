import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { ErrorAlert } from '../../app/ErrorAlert';
import { errorMessage } from '../../app/errors';
import { SAFETY_ALERTS } from './graphql/safety';
import { ResolveSafetyAlertDialog, type AlertToResolve } from './ResolveSafetyAlertDialog';

const raisedFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

/**
 * The couple page's open safety alerts, for the care team: whose check-in raised one and when
 * (never which statements or values), what to do next, and a way to resolve it. Shows nothing
 * when there is none; the couple page refreshes it live when an alert is raised or resolved.
 */
export function SafetyAlertBanner({ coupleId }: { coupleId: string }) {
  const { data, loading, error, refetch } = useQuery(SAFETY_ALERTS, { variables: { coupleId } });
  const [resolving, setResolving] = useState<AlertToResolve | null>(null);
  const [resolved, setResolved] = useState<AlertToResolve | null>(null);
  const done = useRef<HTMLDivElement>(null);
  const alerts = data?.safetyAlerts.items ?? [];
  // Once the resolved alert has left the list (its Resolve button with it), the focus goes to
  // the confirmation rather than being lost on the page.
  const confirmed = resolved !== null && !alerts.some((alert) => alert.id === resolved.id);
  useEffect(() => {
    if (confirmed) done.current?.focus();
  }, [confirmed]);

  if (loading && !data) {
    return (
      <Text size="sm" c="dimmed" role="status">
        Checking for safety alerts…
      </Text>
    );
  }
  if (error && !data) {
    // Never fail quietly here: an alert that does not load must not look like no alert.
    return (
      <ErrorAlert variant="outline" title="Safety alerts could not be loaded">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{errorMessage(error)}</Text>
          <Button variant="outline" color="red" size="xs" onClick={() => void refetch()}>
            Try again
          </Button>
        </Stack>
      </ErrorAlert>
    );
  }
  const confirmation = confirmed && (
    <Alert
      ref={done}
      tabIndex={-1}
      // Outlined: teal.9 on white is 5:1; on Mantine's light teal it would be 4.3:1.
      color="teal.9"
      variant="outline"
      role="status"
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={() => setResolved(null)}
      title={`Safety alert for ${resolved.clientName} resolved`}
    >
      Your note is kept with it for the care team; {resolved.clientName}’s partner never sees it.
    </Alert>
  );
  if (alerts.length === 0) return confirmation || null;

  return (
    <Stack gap="sm" component="section" aria-label="Safety alerts">
      {confirmation}
      {alerts.map((alert) => (
        <Alert
          key={alert.id}
          color="red"
          variant="filled"
          role="alert"
          title={`Safety answer needs an individual check: ${alert.clientName}`}
        >
          <Stack gap="xs">
            <Text size="sm">
              {alert.clientName}’s check-in of {raisedFormat.format(new Date(alert.raisedAt))} did
              not give a clear “no” to feeling afraid of, controlled or hurt by their partner.
            </Text>
            <Text size="sm" fw={700}>
              Do an individual safety check before joint work continues.
            </Text>
            <Text size="sm">
              Their partner has not been told and cannot see this alert, by any path.
            </Text>
            <Group>
              <Button
                variant="white"
                color="red.9"
                size="sm"
                onClick={() => setResolving({ id: alert.id, clientName: alert.clientName })}
              >
                Resolve
              </Button>
            </Group>
          </Stack>
        </Alert>
      ))}
      <ResolveSafetyAlertDialog
        alert={resolving}
        onClose={() => setResolving(null)}
        onResolved={setResolved}
      />
    </Stack>
  );
}
