import { Alert, Stack, Title } from '@mantine/core';
import type { Prompt } from '@tandem/shared';
import { toAnswers } from '../exercises/adapters';
import { ExercisePrompts } from '../exercises/ExercisePrompts';
import type { TodoDetail } from './todo-state';

/** A to-do the counselor closed before it was submitted: what was written stays readable. */
export function ClosedNotice({ todo, prompts }: { todo: TodoDetail; prompts: Prompt[] }) {
  return (
    <Stack gap="sm">
      <Alert color="gray" title="This exercise is closed">
        Your counselor closed this exercise, so it takes no more answers. Anything you wrote is kept
        and your care team can still read it.
      </Alert>
      {todo.mine && (
        <>
          <Title order={2} size="h3">
            What you wrote
          </Title>
          <ExercisePrompts readOnly prompts={prompts} answers={toAnswers(todo.mine.answers)} />
        </>
      )}
    </Stack>
  );
}
