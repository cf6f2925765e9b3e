import { useQuery } from '@apollo/client/react';
import { Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorState } from '../../app/PageStates';
import { Paging } from '../../app/Paging';
import type { TodoList } from '../../graphql/generated/graphql';
import { CheckinTodoItem } from './CheckinTodoItem';
import { MY_CHECKINS } from './graphql/checkins';

/** Done check-ins pile up (one every week or few): fewer per page, so the exercises stay in view. */
const PAGE_SIZE: Record<TodoList, number> = { OPEN: 10, DONE: 5 };

/** The client's check-ins of one list (to do or done), for the My exercises page. */
export function useMyCheckins(list: TodoList) {
  const [page, setPage] = useState(1);
  const query = useQuery(MY_CHECKINS, {
    variables: { list, limit: PAGE_SIZE[list], offset: (page - 1) * PAGE_SIZE[list] },
    // Coming back from a check-in just submitted, both lists have changed.
    fetchPolicy: 'cache-and-network',
  });
  return { ...query, list, page, setPage };
}

/** A "Check-ins" group above the exercises; nothing at all when there are none. */
export function CheckinTodoGroup({ checkins }: { checkins: ReturnType<typeof useMyCheckins> }) {
  const result = checkins.data?.myCheckins;
  if (checkins.error && !result) {
    return <ErrorState error={checkins.error} onRetry={() => void checkins.refetch()} />;
  }
  if (!result || result.totalCount === 0) return null;
  const headingId = `checkins-${checkins.list.toLowerCase()}-heading`;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} size="h4" id={headingId}>
        Check-ins
      </Title>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {result.items.map((checkin) => (
          <CheckinTodoItem key={checkin.id} checkin={checkin} />
        ))}
      </Stack>
      <Paging
        total={result.totalCount}
        pageSize={PAGE_SIZE[checkins.list]}
        page={checkins.page}
        onChange={checkins.setPage}
      />
    </Stack>
  );
}
