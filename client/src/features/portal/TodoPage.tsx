import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { errorCode } from '../../app/errors';
import { ErrorState, LoadingState } from '../../app/PageStates';
import { usePageTitle } from '../../app/usePageTitle';
import { toPrompts } from '../exercises/adapters';
import { ExerciseSummary } from '../exercises/ExerciseSummary';
import { ClosedNotice } from './ClosedNotice';
import { CommentsList } from './CommentsList';
import { dueInWords } from './day-words';
import { MY_TODO } from './graphql/todos';
import { PartnerAnswers } from './PartnerAnswers';
import { SubmittedAnswers } from './SubmittedAnswers';
import { TodoAnswerForm } from './TodoAnswerForm';
import { sharedWithPartner, todoState, type TodoDetail } from './todo-state';

/** `/exercises/:id`: one to-do, to answer, or to read back once submitted or closed. */
export default function TodoPage() {
  const { id = '' } = useParams();
  // From the server each time: the draft may have moved on on another device.
  const { data, loading, error, refetch } = useQuery(MY_TODO, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const todo = data?.myTodo;
  usePageTitle(todo?.exercise.title ?? 'Exercise');

  if (loading && !todo) return <LoadingState label="Loading the exercise…" />;
  if (errorCode(error) === 'NOT_FOUND' || errorCode(error) === 'BAD_USER_INPUT') {
    return <NotFound />;
  }
  if (error || !todo) return <ErrorState error={error} onRetry={() => void refetch()} />;

  const prompts = toPrompts(todo.exercise.prompts);
  const state = todoState(todo);
  return (
    <Stack maw={720} gap="lg">
      <Anchor component={Link} to="/exercises">
        Back to my exercises
      </Anchor>
      <ExerciseSummary exercise={todo.exercise} headingOrder={1} meta={<DueLine todo={todo} />} />
      {todo.note && (
        <Paper withBorder p="md" bg="gray.0">
          <Text fw={600} size="sm">
            A note from your counselor
          </Text>
          <Text style={{ whiteSpace: 'pre-line' }}>{todo.note}</Text>
        </Paper>
      )}
      <Divider />
      {state === 'open' && (
        <TodoAnswerForm
          key={todo.id}
          todo={todo}
          prompts={prompts}
          onChanged={() => void refetch()}
        />
      )}
      {state === 'submitted' && <SubmittedAnswers todo={todo} prompts={prompts} />}
      {state === 'closed' && <ClosedNotice todo={todo} prompts={prompts} />}
      {sharedWithPartner(todo) && <PartnerAnswers todo={todo} prompts={prompts} />}
      {state === 'submitted' && <CommentsList comments={todo.mine?.comments ?? []} />}
    </Stack>
  );
}

function DueLine({ todo }: { todo: TodoDetail }) {
  if (todo.status === 'SUBMITTED') return null;
  return (
    <Group gap="xs">
      {todo.status === 'OVERDUE' && <Badge color="red.8">Overdue</Badge>}
      <Text fw={600}>{dueInWords(todo.dueAt)}</Text>
    </Group>
  );
}

function NotFound() {
  return (
    <Stack>
      <Title order={1}>Exercise not found</Title>
      <Text>This exercise was not found. It may have been given to someone else.</Text>
      <Anchor component={Link} to="/exercises">
        Back to my exercises
      </Anchor>
    </Stack>
  );
}
