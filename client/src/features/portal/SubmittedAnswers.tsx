import { Stack, Text, Title } from '@mantine/core';
import type { Prompt } from '@tandem/shared';
import { toAnswers } from '../exercises/adapters';
import { ExercisePrompts } from '../exercises/ExercisePrompts';
import { dayInWords } from './day-words';
import { SharingControl } from './SharingControl';
import { sharedWithPartner, type TodoDetail } from './todo-state';

/** Answers once submitted: final, but who may read them can still change. */
export function SubmittedAnswers({ todo, prompts }: { todo: TodoDetail; prompts: Prompt[] }) {
  const mine = todo.mine;
  const joint = todo.exercise.mode === 'JOINT';
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {joint ? 'Your shared answers' : 'Your answers'}
      </Title>
      {todo.submittedAt && (
        <Text c="gray.7">
          Submitted {dayInWords(new Date(todo.submittedAt))}. Submitted answers can no longer be
          changed.
        </Text>
      )}
      <ExercisePrompts readOnly prompts={prompts} answers={toAnswers(mine?.answers)} />
      {mine && mine.clientId && sharedWithPartner(todo) && (
        <SharingControl submissionId={mine.id} sharing={mine.sharing} />
      )}
    </Stack>
  );
}
