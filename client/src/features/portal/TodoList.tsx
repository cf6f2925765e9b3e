import { useQuery } from '@apollo/client/react';
import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../app/PageStates';
import { Paging } from '../../app/Paging';
import type { TodoList as List } from '../../graphql/generated/graphql';
import { MY_TODOS } from './graphql/todos';
import { TodoItem } from './TodoItem';

const PAGE_SIZE = 20;

const EMPTY: Record<List, { title: string; text: string; action: { to: string; label: string } }> =
  {
    OPEN: {
      title: 'Nothing to do right now.',
      text: 'You are all caught up. When your counselor gives you an exercise or a check-in, it appears here with the day it is due, and you get a notification. Meanwhile, you can look at how you are doing.',
      action: { to: '/progress', label: 'See my progress' },
    },
    DONE: {
      title: 'Nothing submitted yet.',
      text: 'Exercises you submit appear here, with any comments from your care team. Start with one from your to-do list.',
      action: { to: '/exercises', label: 'Go to my to-do list' },
    },
  };

/**
 * One list of to-dos. The server orders them: open ones by due date, so overdue come
 * first and then the soonest due; done ones newest first.
 */
export function TodoList({
  list,
  partnerName,
  compactEmpty = false,
}: {
  list: List;
  partnerName: string;
  /** Other items (check-ins) show above: an empty list then says so in one line. */
  compactEmpty?: boolean;
}) {
  const [page, setPage] = useState(1);
  const { data, loading, error, refetch } = useQuery(MY_TODOS, {
    variables: { list, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
    // Coming back from a to-do just submitted, both lists have changed.
    fetchPolicy: 'cache-and-network',
  });
  const todos = data?.myTodos;
  if (loading && !todos) return <LoadingState label="Loading your exercises…" />;
  if (error && !todos) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!todos) return null;
  if (todos.totalCount === 0) {
    if (compactEmpty) {
      return (
        <Text c="gray.7" size="sm">
          {list === 'OPEN' ? 'No exercises to do right now.' : 'No exercises submitted yet.'}
        </Text>
      );
    }
    const empty = EMPTY[list];
    return (
      <EmptyState
        title={empty.title}
        action={
          <Button component={Link} to={empty.action.to} variant="default">
            {empty.action.label}
          </Button>
        }
      >
        {empty.text}
      </EmptyState>
    );
  }
  return (
    <Stack>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {todos.items.map((todo) => (
          <TodoItem key={todo.id} todo={todo} partnerName={partnerName} />
        ))}
      </Stack>
      <Paging total={todos.totalCount} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
    </Stack>
  );
}
