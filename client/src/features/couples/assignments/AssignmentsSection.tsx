import { useMutation, useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useState } from 'react';
import { ConfirmDialog } from '../../../app/ConfirmDialog';
import { ErrorAlert } from '../../../app/ErrorAlert';
import { EmptyState, ErrorState, LoadingState } from '../../../app/PageStates';
import { Paging } from '../../../app/Paging';
import { CANCEL_ASSIGNMENT, COUPLE_ASSIGNMENTS } from '../graphql/assignments';
import { AssignDialog } from './AssignDialog';
import { PROGRESS_STATUS } from './progress-status';
import { SubmissionDrawer, type SubmissionToRead } from './SubmissionDrawer';

const PAGE_SIZE = 10;

const dueFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
});
const RECURRENCE = { NONE: 'Once', WEEKLY: 'Weekly', EVERY_TWO_WEEKS: 'Every two weeks' } as const;

interface Partner {
  id: string;
  displayName: string;
}

/** The care team's view of what a couple was given and where each partner is with it. */
export function AssignmentsSection({
  coupleId,
  partners,
  active,
  live,
}: {
  coupleId: string;
  partners: Partner[];
  active: boolean;
  /** Whether partners' progress arrives by itself (the page's live subscription). */
  live: boolean;
}) {
  const [page, setPage] = useState(1);
  const [includeCancelled, setIncludeCancelled] = useState(false);
  const [assigning, setAssigning] = useState(false);
  const [cancelling, setCancelling] = useState<{ id: string; title: string } | null>(null);
  const [reading, setReading] = useState<SubmissionToRead | null>(null);
  const { data, loading, error, refetch } = useQuery(COUPLE_ASSIGNMENTS, {
    variables: { coupleId, includeCancelled, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  });
  const [cancel, cancelState] = useMutation(CANCEL_ASSIGNMENT, {
    refetchQueries: [COUPLE_ASSIGNMENTS],
  });
  const assignments = data?.coupleAssignments;

  return (
    <Stack component="section" aria-labelledby="assignments-heading">
      <Group justify="space-between">
        <Group gap="xs">
          <Title order={2} size="h3" id="assignments-heading">
            Exercises
          </Title>
          <Badge variant="dot" color={live ? 'green.9' : 'gray.7'} aria-live="polite">
            {live ? 'Live' : 'Not live'}
          </Badge>
        </Group>
        <Group>
          <Checkbox
            label="Show cancelled"
            checked={includeCancelled}
            onChange={(event) => {
              setIncludeCancelled(event.currentTarget.checked);
              setPage(1);
            }}
          />
          {active && <Button onClick={() => setAssigning(true)}>Assign an exercise</Button>}
        </Group>
      </Group>
      <ErrorAlert error={cancelState.error} />
      {loading && !assignments && <LoadingState label="Loading exercises…" />}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {assignments && assignments.totalCount === 0 && (
        <EmptyState title="No exercises yet">
          Assign one from the library: both partners, or one of them, once or every week. Their
          progress shows here as they work.
        </EmptyState>
      )}
      {assignments?.items.map((assignment) => (
        <Card
          withBorder
          key={assignment.id}
          component="article"
          aria-labelledby={`assignment-${assignment.id}`}
        >
          <Group justify="space-between" align="flex-start">
            <Stack gap={2}>
              <Title order={3} size="h4" id={`assignment-${assignment.id}`}>
                {assignment.exercise.title}
              </Title>
              <Text size="sm" c="dimmed">
                {RECURRENCE[assignment.recurrence]} ·{' '}
                {assignment.exercise.mode === 'JOINT' ? 'together' : 'each partner alone'}
                {assignment.clientId &&
                  ` · for ${partners.find((p) => p.id === assignment.clientId)?.displayName ?? 'one partner'}`}{' '}
                · assigned by {assignment.assignedByName}
              </Text>
              {assignment.note && <Text size="sm">“{assignment.note}”</Text>}
            </Stack>
            {assignment.cancelledAt ? (
              <Badge color="gray.8">Cancelled</Badge>
            ) : (
              <Button
                variant="default"
                size="xs"
                onClick={() =>
                  setCancelling({ id: assignment.id, title: assignment.exercise.title })
                }
              >
                Cancel assignment
              </Button>
            )}
          </Group>
          <Table.ScrollContainer minWidth={420} mt="sm">
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Due</Table.Th>
                  {assignment.occurrences[0]?.progress.map((p) => (
                    <Table.Th scope="col" key={p.clientId}>
                      {p.displayName}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {assignment.occurrences.map((occurrence) => (
                  <Table.Tr key={occurrence.id}>
                    <Table.Td>{dueFormat.format(new Date(occurrence.dueAt))}</Table.Td>
                    {occurrence.progress.map((progress, partnerIndex) => (
                      <Table.Td key={progress.clientId}>
                        <Group gap="xs">
                          <Badge color={PROGRESS_STATUS[progress.status].color}>
                            {PROGRESS_STATUS[progress.status].label}
                          </Badge>
                          {/* A joint submission is the couple's one answer: offer it once. */}
                          {progress.submissionId &&
                            !(assignment.exercise.mode === 'JOINT' && partnerIndex > 0) && (
                              <Tooltip
                                label={`${progress.commentCount} comment(s)`}
                                disabled={progress.commentCount === 0}
                              >
                                <Button
                                  size="compact-xs"
                                  variant="subtle"
                                  aria-label={`Read answers: ${progress.displayName}, ${assignment.exercise.title}, due ${dueFormat.format(new Date(occurrence.dueAt))}`}
                                  onClick={() =>
                                    setReading({
                                      submissionId: progress.submissionId!,
                                      title: assignment.exercise.title,
                                    })
                                  }
                                >
                                  Read answers
                                </Button>
                              </Tooltip>
                            )}
                        </Group>
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      ))}
      {assignments && (
        <Paging
          total={assignments.totalCount}
          pageSize={PAGE_SIZE}
          page={page}
          onChange={setPage}
        />
      )}
      <AssignDialog
        coupleId={coupleId}
        partners={partners}
        opened={assigning}
        onClose={() => setAssigning(false)}
      />
      <SubmissionDrawer reading={reading} onClose={() => setReading(null)} />
      <ConfirmDialog
        opened={cancelling !== null}
        title={`Cancel “${cancelling?.title ?? ''}”?`}
        confirmLabel="Cancel assignment"
        loading={cancelState.loading}
        onClose={() => setCancelling(null)}
        onConfirm={async () => {
          if (cancelling) await cancel({ variables: { id: cancelling.id } }).catch(() => undefined);
          setCancelling(null);
        }}
      >
        Open to-dos close and the partners can no longer answer them. Whatever they already
        submitted stays.
      </ConfirmDialog>
    </Stack>
  );
}
