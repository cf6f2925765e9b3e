import { PromptKind, type Answer, type Prompt } from '@tandem/shared';
import type {
  AnswerFieldsFragment,
  ExerciseContentFieldsFragment,
} from '../../graphql/generated/graphql';

type ApiPrompt = ExerciseContentFieldsFragment['prompts'][number];

/**
 * The API's prompt as the shared rules type it: GraphQL says `null` where the shared types
 * leave a field out, and its enums are names (equal to the shared enum keys).
 */
export function toPrompt(prompt: ApiPrompt): Prompt {
  return {
    key: prompt.key,
    kind: PromptKind[prompt.kind],
    label: prompt.label,
    required: prompt.required,
    help: prompt.help ?? undefined,
    maxLength: prompt.maxLength ?? undefined,
    min: prompt.min ?? undefined,
    max: prompt.max ?? undefined,
    minLabel: prompt.minLabel ?? undefined,
    maxLabel: prompt.maxLabel ?? undefined,
    options: prompt.options?.map(({ key, label }) => ({ key, label })),
  };
}

export function toPrompts(prompts: readonly ApiPrompt[]): Prompt[] {
  return prompts.map(toPrompt);
}

/** A stored answer, without the cache's `__typename`, ready to send back as input. */
export function toAnswer(answer: AnswerFieldsFragment): Answer {
  const result: Answer = { promptKey: answer.promptKey };
  if (answer.text != null) result.text = answer.text;
  if (answer.value != null) result.value = answer.value;
  if (answer.optionKeys != null) result.optionKeys = [...answer.optionKeys];
  if (answer.plannedAt != null) result.plannedAt = answer.plannedAt;
  return result;
}

export function toAnswers(answers: readonly AnswerFieldsFragment[] | undefined | null): Answer[] {
  return (answers ?? []).map(toAnswer);
}
