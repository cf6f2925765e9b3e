import { Stack, Text, Title } from '@mantine/core';
import type { Prompt } from '@tandem/shared';
import { toAnswers } from '../exercises/adapters';
import { ExercisePrompts } from '../exercises/ExercisePrompts';
import { partnerAnswersHiddenText } from './partner-words';
import type { TodoDetail } from './todo-state';

/** The partner's answers when they shared them, otherwise a line saying why they are not here. */
export function PartnerAnswers({ todo, prompts }: { todo: TodoDetail; prompts: Prompt[] }) {
  const name = todo.partnerName ?? 'Your partner';
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {name}’s answers
      </Title>
      {todo.partners ? (
        <ExercisePrompts readOnly prompts={prompts} answers={toAnswers(todo.partners.answers)} />
      ) : (
        todo.partnerStatus && (
          <Text c="gray.7">
            {partnerAnswersHiddenText(name, todo.partnerStatus, todo.status === 'SUBMITTED')}
          </Text>
        )
      )}
    </Stack>
  );
}
