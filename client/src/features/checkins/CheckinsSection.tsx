import { useMutation, useQuery } from '@apollo/client/react';
import {
  Badge,
  Box,
  Button,
  Group,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { ErrorAlert } from '../../app/ErrorAlert';
import { EmptyState, ErrorState, LoadingState } from '../../app/PageStates';
import type {
  CheckinScheduleFieldsFragment,
  SetScoreSharingMutation,
} from '../../graphql/generated/graphql';
import { everyWeeksText, FORM_TEXT, READABLE_DESCRIPTION } from './checkin-words';
import { CANCEL_CHECKIN_SCHEDULE, COUPLE_CHECKINS, SET_SCORE_SHARING } from './graphql/checkins';
import { ScheduleCheckinsDialog } from './ScheduleCheckinsDialog';

const dueFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});
const dayFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

function scheduleName(schedule: CheckinScheduleFieldsFragment): string {
  return `${FORM_TEXT[schedule.form].name} ${everyWeeksText(schedule.everyWeeks)}`;
}

function nextDueText(schedule: CheckinScheduleFieldsFragment): string {
  if (schedule.cancelledAt) return '–';
  return schedule.nextDueAt ? dueFormat.format(new Date(schedule.nextDueAt)) : 'None left';
}

/** On a phone the five columns do not fit: one card per schedule, its action included. */
function ScheduleCards({
  schedules,
  action,
}: {
  schedules: CheckinScheduleFieldsFragment[];
  action: (schedule: CheckinScheduleFieldsFragment) => ReactNode;
}) {
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {schedules.map((schedule) => (
        <Box component="li" key={schedule.id}>
          <Paper withBorder p="sm" radius="md">
            <Stack gap={4} align="flex-start">
              <Text fw={600}>{scheduleName(schedule)}</Text>
              <Text size="sm">
                Next due: {nextDueText(schedule)} · taken {schedule.takenCount}
              </Text>
              {action(schedule)}
            </Stack>
          </Paper>
        </Box>
      ))}
    </Stack>
  );
}

/** The care team's check-ins for a couple: schedules, stopping them, and score sharing. */
export function CheckinsSection({ coupleId, active }: { coupleId: string; active: boolean }) {
  const [scheduling, setScheduling] = useState(false);
  const [stopping, setStopping] = useState<CheckinScheduleFieldsFragment | null>(null);
  const { data, loading, error, refetch } = useQuery(COUPLE_CHECKINS, { variables: { coupleId } });
  const [cancel, cancelState] = useMutation(CANCEL_CHECKIN_SCHEDULE, {
    refetchQueries: [COUPLE_CHECKINS],
  });
  const [setSharing, sharingState] = useMutation(SET_SCORE_SHARING);
  const schedules = data?.checkinSchedules;
  const shareScores = data?.couple.shareScores ?? false;
  const actionError = cancelState.error ?? sharingState.error;
  const phone = useMediaQuery('(max-width: 36em)', undefined, { getInitialValueInEffect: false });
  const action = (schedule: CheckinScheduleFieldsFragment) =>
    schedule.cancelledAt ? (
      <Badge color="gray.8" variant="filled">
        Stopped {dayFormat.format(new Date(schedule.cancelledAt))}
      </Badge>
    ) : (
      <Button
        variant="default"
        size="xs"
        aria-label={`Stop check-ins: ${scheduleName(schedule)}`}
        onClick={() => setStopping(schedule)}
      >
        Stop check-ins
      </Button>
    );

  return (
    <Stack component="section" aria-labelledby="checkins-heading">
      <Group justify="space-between">
        <Title order={2} size="h3" id="checkins-heading">
          Check-ins
        </Title>
        {active && <Button onClick={() => setScheduling(true)}>Schedule check-ins</Button>}
      </Group>
      <Text size="sm" c="gray.8">
        Each partner rates statements about communication, equality, growth, commitment, personal
        space and codependence risk; their scores feed the progress charts below.
      </Text>
      <ErrorAlert error={actionError} />
      {loading && !data && <LoadingState label="Loading check-ins…" />}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && (
        <Switch
          label="Partners see each other's scores"
          styles={READABLE_DESCRIPTION}
          description="When on, each partner sees the other's scores on their progress page. Their answers to each statement stay private either way."
          checked={shareScores}
          disabled={sharingState.loading}
          onChange={(event) => {
            const shared = event.currentTarget.checked;
            void setSharing({
              variables: { coupleId, shared },
              // Typed without __typename by codegen; the cache needs it to update the couple.
              optimisticResponse: {
                setScoreSharing: { __typename: 'Couple', id: coupleId, shareScores: shared },
              } as SetScoreSharingMutation,
            }).catch(() => undefined);
          }}
        />
      )}
      {schedules && schedules.length === 0 && (
        <EmptyState title="No check-ins scheduled">
          Schedule a full check-in to take a baseline, then repeat it every few weeks (or a short
          pulse weekly) to follow change.
        </EmptyState>
      )}
      {schedules && schedules.length > 0 && phone && (
        <ScheduleCards schedules={schedules} action={action} />
      )}
      {schedules && schedules.length > 0 && !phone && (
        <Table.ScrollContainer minWidth={560}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Form</Table.Th>
                <Table.Th scope="col">Repeats</Table.Th>
                <Table.Th scope="col">Next due</Table.Th>
                <Table.Th scope="col">Taken</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Action</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {schedules.map((schedule) => (
                <Table.Tr key={schedule.id}>
                  <Table.Td>{FORM_TEXT[schedule.form].name}</Table.Td>
                  <Table.Td>{everyWeeksText(schedule.everyWeeks)}</Table.Td>
                  <Table.Td>{nextDueText(schedule)}</Table.Td>
                  <Table.Td>{schedule.takenCount}</Table.Td>
                  <Table.Td ta="right">{action(schedule)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ScheduleCheckinsDialog
        coupleId={coupleId}
        opened={scheduling}
        onClose={() => setScheduling(false)}
      />
      <ConfirmDialog
        opened={stopping !== null}
        title="Stop these check-ins?"
        confirmLabel="Stop check-ins"
        loading={cancelState.loading}
        onClose={() => setStopping(null)}
        onConfirm={async () => {
          if (stopping) await cancel({ variables: { id: stopping.id } }).catch(() => undefined);
          setStopping(null);
        }}
      >
        {stopping ? `${scheduleName(stopping)}: ` : ''}open and upcoming check-ins close and the
        partners can no longer take them. Check-ins already taken, and their scores, stay.
      </ConfirmDialog>
    </Stack>
  );
}
