import { useQuery } from '@apollo/client/react';
import { Badge, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../app/PageStates';
import { Paging } from '../../app/Paging';
import { usePageTitle } from '../../app/usePageTitle';
import { AUDIT_ACTORS, AUDIT_EVENTS } from './graphql/audit-events';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const PAGE_SIZE = 50;
const time = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** `YYYY-MM-DD` from a date input, as the start of that day in the browser's time zone. */
const dayStart = (day: string, plusDays = 0) => {
  if (!day) return undefined;
  const date = new Date(`${day}T00:00:00`);
  date.setDate(date.getDate() + plusDays);
  return date.toISOString();
};

export default function AuditLogPage() {
  usePageTitle('Audit log');
  const [page, setPage] = useState(1);
  const [action, setAction] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [actorId, setActorId] = useState('');
  const [entityId, setEntityId] = useState('');
  const [debouncedAction] = useDebouncedValue(action.trim(), 300);
  const actors = useQuery(AUDIT_ACTORS);
  const record = entityId.trim();
  const { data, loading, error, refetch } = useQuery(AUDIT_EVENTS, {
    variables: {
      filter: {
        action: debouncedAction || undefined,
        actorId: actorId || undefined,
        entityId: UUID.test(record) ? record : undefined,
        from: dayStart(from),
        to: dayStart(to, 1),
      },
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    },
  });
  const events = data?.auditEvents;

  return (
    <Stack>
      <Title order={1}>Audit log</Title>
      <Text c="dimmed">
        Every sign-in, change and read of a client&apos;s data in your clinic. Newest first.
      </Text>
      <Group align="flex-end">
        <TextInput
          label="Action"
          placeholder="e.g. couple. or auth.sign_in"
          value={action}
          onChange={(e) => setAction(e.currentTarget.value)}
        />
        <NativeSelect
          label="Person"
          value={actorId}
          onChange={(e) => setActorId(e.currentTarget.value)}
          data={[
            { value: '', label: 'Anyone' },
            ...(actors.data?.accounts.items ?? []).map((account) => ({
              value: account.id,
              label: account.displayName,
            })),
          ]}
        />
        <TextInput
          label="Record id"
          placeholder="A couple, account or invitation id"
          value={entityId}
          onChange={(e) => setEntityId(e.currentTarget.value)}
          error={record && !UUID.test(record) ? 'Paste a full id' : undefined}
        />
        <TextInput
          label="From"
          type="date"
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        <TextInput
          label="To"
          type="date"
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
        />
      </Group>
      {loading && !events && <LoadingState label="Loading events…" />}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {events && events.totalCount === 0 && (
        <EmptyState title="No events match">Widen the dates or clear the action filter.</EmptyState>
      )}
      {events && events.items.length > 0 && (
        <Table.ScrollContainer minWidth={820}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Time</Table.Th>
                <Table.Th scope="col">Who</Table.Th>
                <Table.Th scope="col">Action</Table.Th>
                <Table.Th scope="col">Record</Table.Th>
                <Table.Th scope="col">Outcome</Table.Th>
                <Table.Th scope="col">IP</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.items.map((event) => (
                <Table.Tr key={event.id}>
                  <Table.Td>{time.format(new Date(event.occurredAt))}</Table.Td>
                  <Table.Td>
                    {event.actorName ?? 'Unknown'}
                    {event.actorRole && (
                      <Text span c="dimmed" size="sm">
                        {' '}
                        ({event.actorRole.toLowerCase()})
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <code>{event.action}</code>
                  </Table.Td>
                  <Table.Td title={event.entityId ?? undefined}>
                    {event.entityType
                      ? `${event.entityType} ${event.entityId?.slice(0, 8) ?? ''}`
                      : '—'}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={event.outcome === 'ALLOWED' ? 'green.9' : 'red.8'}>
                      {event.outcome.toLowerCase()}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{event.ip ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {events && (
        <Paging total={events.totalCount} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
      )}
    </Stack>
  );
}
