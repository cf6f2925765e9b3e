import { Alert, Divider, Modal, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { Answer, Prompt } from '@tandem/shared';
import { useState } from 'react';
import { ExercisePrompts } from '../exercises/ExercisePrompts';
import { ExerciseSummary, type SummaryFields } from '../exercises/ExerciseSummary';

/** The exercise exactly as a client will see it; answers can be tried and are not saved. */
export function PreviewDialog(props: {
  exercise: SummaryFields | null;
  prompts: Prompt[];
  onClose: () => void;
}) {
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Modal
      opened={props.exercise !== null}
      onClose={props.onClose}
      title="Preview: what a client sees"
      size="lg"
      fullScreen={phone}
    >
      {props.exercise && (
        // Keyed by title so a different exercise starts with empty answers.
        <PreviewBody key={props.exercise.title} exercise={props.exercise} prompts={props.prompts} />
      )}
    </Modal>
  );
}

function PreviewBody({ exercise, prompts }: { exercise: SummaryFields; prompts: Prompt[] }) {
  const [answers, setAnswers] = useState<Answer[]>([]);
  return (
    <Stack>
      <ExerciseSummary exercise={exercise} headingOrder={3} />
      <Divider />
      <Alert color="gray" variant="light">
        Try the questions: nothing you enter here is saved.
      </Alert>
      <ExercisePrompts prompts={prompts} answers={answers} onChange={setAnswers} />
    </Stack>
  );
}
