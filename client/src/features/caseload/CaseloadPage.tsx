import { useQuery, useSubscription } from '@apollo/client/react';
import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../app/PageStates';
import { Paging } from '../../app/Paging';
import { usePageTitle } from '../../app/usePageTitle';
import { CASELOAD, CASELOAD_ACTIVITY } from './graphql/caseload';

export const PAGE_SIZE = 25;

const inCareSince = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
});

export default function CaseloadPage() {
  usePageTitle('Caseload');
  const [page, setPage] = useState(1);
  const { data, loading, error, refetch } = useQuery(CASELOAD, {
    variables: { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  });
  // A partner's draft or submission anywhere on the caseload refreshes the counts.
  useSubscription(CASELOAD_ACTIVITY, { onData: () => void refetch() });
  const caseload = data?.caseload;

  return (
    <Stack>
      <Title order={1}>Caseload</Title>
      {loading && !caseload && <LoadingState label="Loading your couples…" />}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {caseload && caseload.totalCount === 0 && (
        <EmptyState title="No couples on your caseload yet">
          When a clinic admin puts you on a couple&apos;s care team, the couple appears here.
        </EmptyState>
      )}
      {caseload && caseload.items.length > 0 && (
        <>
          <Text c="dimmed">
            {caseload.totalCount} {caseload.totalCount === 1 ? 'couple' : 'couples'} in your care
          </Text>
          <Table.ScrollContainer minWidth={680}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Couple</Table.Th>
                  <Table.Th scope="col">Partners</Table.Th>
                  <Table.Th scope="col">To review</Table.Th>
                  <Table.Th scope="col">Overdue</Table.Th>
                  <Table.Th scope="col">Your role</Table.Th>
                  <Table.Th scope="col">In care since</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {caseload.items.map((couple) => (
                  <Table.Tr key={couple.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/couples/${couple.id}`}>
                        {couple.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {couple.partners.map((partner) => partner.displayName).join(' and ')}
                    </Table.Td>
                    <Table.Td>
                      <CountBadge count={couple.toReviewCount} color="blue.9" what="to review" />
                    </Table.Td>
                    <Table.Td>
                      <CountBadge count={couple.overdueCount} color="red.9" what="overdue" />
                    </Table.Td>
                    <Table.Td>
                      {couple.isPrimaryCounselor ? (
                        <Badge variant="filled">Primary</Badge>
                      ) : (
                        <Badge variant="outline" color="gray.8">
                          Care team
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{inCareSince.format(new Date(couple.inCareSince))}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Paging total={caseload.totalCount} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}

/** A count that stands out only when it is not zero; the words say what it counts. */
function CountBadge({ count, color, what }: { count: number; color: string; what: string }) {
  if (count === 0) return <Text c="dimmed">None</Text>;
  return (
    <Badge color={color}>
      {count} {what}
    </Badge>
  );
}
