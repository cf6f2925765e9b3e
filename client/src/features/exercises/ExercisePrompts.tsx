import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { PromptKind, type Answer, type Prompt } from '@tandem/shared';
import type { AnswerFieldProps } from './answer-field';
import { AnswerReadout } from './AnswerReadout';
import { answerTo, withAnswer } from './answers';
import { ChecklistAnswerField, ChoiceAnswerField } from './OptionAnswerFields';
import { PlanAnswerField } from './PlanAnswerField';
import { ScaleAnswerField } from './ScaleAnswerField';
import { TextAnswerField } from './TextAnswerField';

const FIELDS: Record<PromptKind, (props: AnswerFieldProps) => ReactNode> = {
  [PromptKind.TEXT]: TextAnswerField,
  [PromptKind.SCALE]: ScaleAnswerField,
  [PromptKind.CHECKLIST]: ChecklistAnswerField,
  [PromptKind.CHOICE]: ChoiceAnswerField,
  [PromptKind.PLAN]: PlanAnswerField,
};

/**
 * An exercise's questions: a form to answer them, or (`readOnly`) the answers as text.
 * The parent owns the answers, so the same form serves a saved draft, a preview that saves
 * nothing, and a counselor's look at what a client will see.
 */
export function ExercisePrompts({
  prompts,
  answers,
  onChange,
  readOnly = false,
  errors = {},
}: {
  prompts: readonly Prompt[];
  answers: readonly Answer[];
  onChange?: (answers: Answer[]) => void;
  readOnly?: boolean;
  /** A message per prompt key, e.g. from `problemsByPrompt(answerProblems(…))`. */
  errors?: Record<string, string>;
}) {
  if (readOnly) return <AnswerReadout prompts={prompts} answers={answers} />;
  const change = (answer: Answer) => onChange?.(withAnswer(answers, answer));
  return (
    <Stack gap="xl">
      {prompts.map((prompt) => {
        const Field = FIELDS[prompt.kind];
        return (
          <Field
            key={prompt.key}
            prompt={prompt}
            answer={answerTo(answers, prompt.key)}
            onChange={change}
            error={errors[prompt.key]}
          />
        );
      })}
    </Stack>
  );
}
