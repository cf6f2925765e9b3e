import { useQuery } from '@apollo/client/react';
import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../../app/PageStates';
import { usePageTitle } from '../../app/usePageTitle';
import type { TodoList as List } from '../../graphql/generated/graphql';
import { CheckinTodoGroup, useMyCheckins } from '../checkins/CheckinTodoList';
import { CoupleSection } from './CoupleSection';
import { MY_COUPLE } from './graphql/my-couple';
import { TodoList } from './TodoList';

/**
 * The client's home: what to do (check-ins first, then exercises), what is done, and (below)
 * their couple and care team.
 */
export default function MyExercisesPage() {
  usePageTitle('My exercises');
  // The tab is in the address, so "Back" from a done exercise returns to Done.
  const [params, setParams] = useSearchParams();
  const list: List = params.get('list') === 'done' ? 'DONE' : 'OPEN';
  const couple = useQuery(MY_COUPLE);
  const myCouple = couple.data?.myCouple;
  const partnerName = myCouple?.partner.displayName ?? 'Your partner';

  return (
    <Stack maw={640}>
      <Title order={1}>My exercises</Title>
      <Tabs
        value={list}
        onChange={(value) => setParams(value === 'DONE' ? { list: 'done' } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List grow>
          <Tabs.Tab value="OPEN">To do</Tabs.Tab>
          <Tabs.Tab value="DONE">Done</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="OPEN" pt="md">
          <ListPanel list="OPEN" partnerName={partnerName} />
        </Tabs.Panel>
        <Tabs.Panel value="DONE" pt="md">
          <ListPanel list="DONE" partnerName={partnerName} />
        </Tabs.Panel>
      </Tabs>
      {couple.error && <ErrorState error={couple.error} onRetry={() => void couple.refetch()} />}
      {couple.data && !myCouple && (
        <Text c="gray.7" size="sm">
          You are not part of a couple in Tandem yet. Your clinic sets this up with you.
        </Text>
      )}
      {myCouple && <CoupleSection couple={myCouple} />}
    </Stack>
  );
}

/** One tab: the check-ins of that list as their own group (when there are any), then the exercises. */
function ListPanel({ list, partnerName }: { list: List; partnerName: string }) {
  const checkins = useMyCheckins(list);
  const withCheckins = (checkins.data?.myCheckins.totalCount ?? 0) > 0;
  const headingId = `exercises-${list.toLowerCase()}-heading`;
  return (
    <Stack gap="lg">
      <CheckinTodoGroup checkins={checkins} />
      <Stack component="section" aria-labelledby={withCheckins ? headingId : undefined} gap="sm">
        {withCheckins && (
          <Title order={2} size="h4" id={headingId}>
            Exercises
          </Title>
        )}
        <TodoList list={list} partnerName={partnerName} compactEmpty={withCheckins} />
      </Stack>
    </Stack>
  );
}
