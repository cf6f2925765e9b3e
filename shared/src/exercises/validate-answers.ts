import { Answer, Prompt, PromptKind } from './exercise-content';
import { LIMITS } from '../limits';
import type { InputProblem } from './validate-content';

/** Whether an answer says anything (an empty one counts as not answered). */
export function isAnswered(answer: Answer | undefined): boolean {
  if (!answer) return false;
  return (
    (typeof answer.text === 'string' && answer.text.trim() !== '') ||
    typeof answer.value === 'number' ||
    (Array.isArray(answer.optionKeys) && answer.optionKeys.length > 0) ||
    (typeof answer.plannedAt === 'string' && answer.plannedAt !== '')
  );
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

function answerProblem(prompt: Prompt, answer: Answer): string | undefined {
  const fields = (['text', 'value', 'optionKeys', 'plannedAt'] as const).filter(
    (field) => answer[field] !== undefined && answer[field] !== null,
  );
  const expected = {
    [PromptKind.TEXT]: 'text',
    [PromptKind.SCALE]: 'value',
    [PromptKind.CHECKLIST]: 'optionKeys',
    [PromptKind.CHOICE]: 'optionKeys',
    [PromptKind.PLAN]: 'plannedAt',
  }[prompt.kind];
  if (fields.some((field) => field !== expected)) {
    return `"${prompt.label}" takes ${describe(prompt.kind)}.`;
  }
  switch (prompt.kind) {
    case PromptKind.TEXT: {
      const max = prompt.maxLength ?? LIMITS.textAnswerDefaultMaxLength;
      if (answer.text != null && answer.text.length > max) {
        return `The answer to "${prompt.label}" is longer than ${max} characters.`;
      }
      return undefined;
    }
    case PromptKind.SCALE: {
      const { value } = answer;
      if (value == null) return undefined;
      if (!Number.isInteger(value) || value < (prompt.min ?? 0) || value > (prompt.max ?? 0)) {
        return `The answer to "${prompt.label}" must be a whole number from ${prompt.min} to ${prompt.max}.`;
      }
      return undefined;
    }
    case PromptKind.CHECKLIST:
    case PromptKind.CHOICE: {
      const chosen = answer.optionKeys ?? [];
      const known = new Set((prompt.options ?? []).map((option) => option.key));
      if (chosen.some((key) => !known.has(key)) || new Set(chosen).size !== chosen.length) {
        return `The answer to "${prompt.label}" names an option it does not have.`;
      }
      if (prompt.kind === PromptKind.CHOICE && chosen.length > 1) {
        return `"${prompt.label}" takes one choice.`;
      }
      return undefined;
    }
    case PromptKind.PLAN: {
      const { plannedAt } = answer;
      if (plannedAt == null || plannedAt === '') return undefined;
      if (!ISO_DATE_TIME.test(plannedAt) || Number.isNaN(Date.parse(plannedAt))) {
        return `The answer to "${prompt.label}" must be a date and time.`;
      }
      return undefined;
    }
  }
}

function describe(kind: PromptKind): string {
  switch (kind) {
    case PromptKind.TEXT:
      return 'a written answer';
    case PromptKind.SCALE:
      return 'a number on its scale';
    case PromptKind.CHECKLIST:
      return 'a list of its options';
    case PromptKind.CHOICE:
      return 'one of its options';
    case PromptKind.PLAN:
      return 'a date and time';
  }
}

/**
 * Everything wrong with a set of answers to an exercise's prompts. A draft may leave
 * questions open; a submission (`complete`) must answer every required one. Paths are
 * `answers.<promptKey>`.
 */
export function answerProblems(
  prompts: readonly Prompt[],
  answers: readonly Answer[],
  { complete }: { complete: boolean },
): InputProblem[] {
  const byKey = new Map(prompts.map((prompt) => [prompt.key, prompt]));
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  for (const answer of answers) {
    const path = `answers.${answer.promptKey}`;
    const prompt = byKey.get(answer.promptKey);
    if (!prompt) {
      problems.push({ path, message: 'This exercise has no such question.' });
      continue;
    }
    if (seen.has(answer.promptKey)) {
      problems.push({ path, message: `"${prompt.label}" is answered twice.` });
      continue;
    }
    seen.add(answer.promptKey);
    const problem = answerProblem(prompt, answer);
    if (problem) problems.push({ path, message: problem });
  }
  if (complete) {
    const answered = new Map(answers.map((answer) => [answer.promptKey, answer]));
    for (const prompt of prompts) {
      if (prompt.required && !isAnswered(answered.get(prompt.key))) {
        problems.push({
          path: `answers.${prompt.key}`,
          message: `"${prompt.label}" needs an answer.`,
        });
      }
    }
  }
  return problems;
}
