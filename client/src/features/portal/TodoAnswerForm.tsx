import { useMutation } from '@apollo/client/react';
import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { answerProblems, type Answer, type Prompt } from '@tandem/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../app/ErrorAlert';
import { errorCode, errorMessage } from '../../app/errors';
import type { Sharing } from '../../graphql/generated/graphql';
import { toAnswers } from '../exercises/adapters';
import { problemsByPrompt } from '../exercises/answers';
import { ExercisePrompts } from '../exercises/ExercisePrompts';
import { SUBMIT_EXERCISE } from './graphql/todos';
import { SaveStatusText } from './SaveStatusText';
import { SharingChoice } from './SharingChoice';
import { sharedWithPartner, type TodoDetail } from './todo-state';
import { useAutosave } from './useAutosave';
import { useIdempotentSubmit } from './useIdempotentSubmit';

/**
 * Answering an open to-do: the draft saves itself, and Submit checks the answers with the
 * shared rules before sending them once (see useIdempotentSubmit).
 */
export function TodoAnswerForm(props: {
  todo: TodoDetail;
  prompts: Prompt[];
  /** The to-do changed on the server (submitted, closed): load it again. */
  onChanged: () => void;
}) {
  const { todo, prompts } = props;
  const [answers, setAnswers] = useState<Answer[]>(() => toAnswers(todo.mine?.answers));
  const [sharing, setSharing] = useState<Sharing>('PRIVATE');
  const [checked, setChecked] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [submitted, setSubmitted] = useState(false);
  const autosave = useAutosave(todo.id, todo.mine?.updatedAt ?? null, props.onChanged);
  const [submitExercise] = useMutation(SUBMIT_EXERCISE);
  const { submit, submitting } = useIdempotentSubmit();
  const summaryRef = useRef<HTMLDivElement>(null);
  const [attempts, setAttempts] = useState(0);

  const problems = checked ? answerProblems(prompts, answers, { complete: true }) : [];
  const joint = todo.exercise.mode === 'JOINT';
  const asksSharing = sharedWithPartner(todo);
  const partner = todo.partnerName ?? 'your partner';

  useEffect(() => {
    if (attempts > 0) summaryRef.current?.focus();
  }, [attempts]);

  const change = (next: Answer[]) => {
    setAnswers(next);
    autosave.change(next);
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitError(null);
    setChecked(true);
    if (answerProblems(prompts, answers, { complete: true }).length > 0) {
      setAttempts((n) => n + 1);
      return;
    }
    autosave.pause();
    try {
      const done = await submit(JSON.stringify([answers, sharing]), (idempotencyKey) =>
        submitExercise({
          variables: {
            input: {
              todoId: todo.id,
              answers,
              idempotencyKey,
              sharing: asksSharing ? sharing : 'PRIVATE',
            },
          },
        }),
      );
      if (done) {
        // Until the page reloads the to-do, a second press could only be refused.
        setSubmitted(true);
        props.onChanged();
      }
    } catch (error) {
      setSubmitError(error);
      setAttempts((n) => n + 1);
      // Submitted meanwhile (the partner, for a joint one) or closed: show what is true now.
      if (errorCode(error) === 'CONFLICT') props.onChanged();
      else autosave.resume();
    }
  };

  return (
    <form onSubmit={send} noValidate>
      <Stack gap="lg">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h3">
            {joint ? 'Your shared answers' : 'Your answers'}
          </Title>
          <SaveStatusText status={autosave.status} />
        </Group>
        {joint && (
          <Text size="sm" c="gray.7">
            You and {partner} answer this together: you both see and can change the same answers,
            and one of you submits them for both.
          </Text>
        )}
        <ExercisePrompts
          prompts={prompts}
          answers={answers}
          onChange={change}
          errors={problemsByPrompt(problems)}
        />
        <Paper withBorder p="md">
          <Stack>
            {asksSharing && (
              <SharingChoice
                value={sharing}
                onChange={setSharing}
                description="Your care team always sees your answers. You can change this later."
              />
            )}
            <div ref={summaryRef} tabIndex={-1}>
              {problems.length > 0 && (
                <ErrorAlert title="Some answers are missing">
                  <List size="sm">
                    {problems.map((problem) => (
                      <List.Item key={problem.path}>{problem.message}</List.Item>
                    ))}
                  </List>
                </ErrorAlert>
              )}
              {submitError !== null && (
                <ErrorAlert title="Not submitted yet">
                  {errorMessage(submitError)} Your answers are kept; press Submit to try again.
                </ErrorAlert>
              )}
            </div>
            <Group>
              <Button type="submit" loading={submitting} disabled={submitting || submitted}>
                Submit
              </Button>
              {submitted && (
                <Text size="sm" role="status">
                  Submitted.
                </Text>
              )}
            </Group>
          </Stack>
        </Paper>
      </Stack>
    </form>
  );
}
