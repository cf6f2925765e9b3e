import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Stack,
  Table,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../app/PageStates';
import { Paging } from '../../app/Paging';
import { usePageTitle } from '../../app/usePageTitle';
import type { CoupleStatus } from '../../graphql/generated/graphql';
import { FormCoupleDialog } from './FormCoupleDialog';
import { COUPLES } from './graphql/couples';

const PAGE_SIZE = 25;

export default function CouplesPage() {
  usePageTitle('Couples');
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<CoupleStatus | ''>('ACTIVE');
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [forming, setForming] = useState(false);
  const { data, loading, error, refetch } = useQuery(COUPLES, {
    variables: {
      filter: { status: status || undefined, search: debouncedSearch || undefined },
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    },
  });
  const couples = data?.couples;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Couples</Title>
        <Button onClick={() => setForming(true)}>Form a couple</Button>
      </Group>
      <Group align="flex-end">
        <TextInput
          label="Search"
          placeholder="Couple or partner name"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
        />
        <NativeSelect
          label="Status"
          value={status}
          onChange={(e) => {
            setStatus(e.currentTarget.value as CoupleStatus | '');
            setPage(1);
          }}
          data={[
            { value: 'ACTIVE', label: 'In care' },
            { value: 'DISCHARGED', label: 'Discharged' },
            { value: '', label: 'All' },
          ]}
        />
      </Group>
      {loading && !couples && <LoadingState label="Loading couples…" />}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {couples && couples.totalCount === 0 && (
        <EmptyState title="No couples here">
          Form a couple from two clients with the button above.
        </EmptyState>
      )}
      {couples && couples.items.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Couple</Table.Th>
                <Table.Th scope="col">Partners</Table.Th>
                <Table.Th scope="col">Primary counselor</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {couples.items.map((couple) => (
                <Table.Tr key={couple.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/couples/${couple.id}`}>
                      {couple.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{couple.partners.map((p) => p.displayName).join(' and ')}</Table.Td>
                  <Table.Td>
                    {couple.careTeam.find((m) => m.isPrimary)?.displayName ?? '—'}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={couple.status === 'ACTIVE' ? 'green.9' : 'gray.8'}>
                      {couple.status === 'ACTIVE' ? 'in care' : 'discharged'}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {couples && (
        <Paging total={couples.totalCount} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
      )}
      <FormCoupleDialog opened={forming} onClose={() => setForming(false)} />
    </Stack>
  );
}
