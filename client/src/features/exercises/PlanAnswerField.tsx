import { TextInput } from '@mantine/core';
import type { AnswerFieldProps } from './answer-field';
import { fromLocalInputValue, toLocalInputValue } from './answers';

/** A date and time the couple commits to, with the browser's own picker. */
export function PlanAnswerField({ prompt, answer, onChange, error }: AnswerFieldProps) {
  return (
    <TextInput
      type="datetime-local"
      label={prompt.label}
      description={prompt.help}
      required={prompt.required}
      error={error}
      value={toLocalInputValue(answer?.plannedAt)}
      onChange={(event) =>
        onChange({
          promptKey: prompt.key,
          plannedAt: fromLocalInputValue(event.currentTarget.value),
        })
      }
      maw={320}
    />
  );
}
