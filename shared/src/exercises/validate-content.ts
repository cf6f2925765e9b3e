import { BuildingStep, Dimension } from '../clinical-model';
import { LIMITS } from '../limits';
import { ExerciseContent, ExerciseMode, Prompt, PromptKind } from './exercise-content';

/** A problem with a piece of input, addressed so a form can show it next to the field. */
export interface InputProblem {
  /** A dotted path, e.g. `prompts.2.options`; empty for the whole input. */
  path: string;
  message: string;
}

const KEY = /^[a-z][a-z0-9_-]*$/;

function textProblem(path: string, label: string, value: unknown, max: number, required = true) {
  if (value === undefined || value === null || value === '') {
    return required ? { path, message: `${label} is required.` } : undefined;
  }
  if (typeof value !== 'string') return { path, message: `${label} must be text.` };
  if (value.trim() === '') return { path, message: `${label} cannot be blank.` };
  if (value.length > max) return { path, message: `${label} is longer than ${max} characters.` };
  return undefined;
}

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

function promptProblems(prompt: Prompt, index: number): InputProblem[] {
  const at = (field: string) => `prompts.${index}.${field}`;
  const problems: Array<InputProblem | undefined> = [
    textProblem(at('label'), 'The question', prompt.label, LIMITS.promptLabelMaxLength),
    textProblem(at('help'), 'The hint', prompt.help, LIMITS.promptHelpMaxLength, false),
  ];
  if (typeof prompt.key !== 'string' || !KEY.test(prompt.key)) {
    problems.push({
      path: at('key'),
      message: 'A question key is lowercase letters, digits, - or _.',
    });
  } else if (prompt.key.length > LIMITS.promptKeyMaxLength) {
    problems.push({
      path: at('key'),
      message: `A question key is at most ${LIMITS.promptKeyMaxLength} characters.`,
    });
  }
  switch (prompt.kind) {
    case PromptKind.TEXT: {
      const max = prompt.maxLength ?? LIMITS.textAnswerDefaultMaxLength;
      if (!isInteger(max) || max < 1 || max > LIMITS.textAnswerMaxLength) {
        problems.push({
          path: at('maxLength'),
          message: `An answer limit is between 1 and ${LIMITS.textAnswerMaxLength} characters.`,
        });
      }
      break;
    }
    case PromptKind.SCALE: {
      const { min, max } = prompt;
      if (
        !isInteger(min) ||
        !isInteger(max) ||
        min < LIMITS.scaleBoundMin ||
        max > LIMITS.scaleBoundMax ||
        min >= max
      ) {
        problems.push({
          path: at('max'),
          message: `A scale runs between whole numbers from ${LIMITS.scaleBoundMin} to ${LIMITS.scaleBoundMax}, lowest first.`,
        });
      }
      problems.push(
        textProblem(
          at('minLabel'),
          'The label of the low end',
          prompt.minLabel,
          LIMITS.promptOptionLabelMaxLength,
        ),
        textProblem(
          at('maxLabel'),
          'The label of the high end',
          prompt.maxLabel,
          LIMITS.promptOptionLabelMaxLength,
        ),
      );
      break;
    }
    case PromptKind.CHECKLIST:
    case PromptKind.CHOICE: {
      const options = prompt.options ?? [];
      if (options.length < LIMITS.promptOptionsMin || options.length > LIMITS.promptOptionsMax) {
        problems.push({
          path: at('options'),
          message: `Give between ${LIMITS.promptOptionsMin} and ${LIMITS.promptOptionsMax} options.`,
        });
      }
      const keys = new Set<string>();
      options.forEach((option, optionIndex) => {
        const path = at(`options.${optionIndex}`);
        problems.push(
          textProblem(path, 'An option', option.label, LIMITS.promptOptionLabelMaxLength),
        );
        if (
          typeof option.key !== 'string' ||
          !KEY.test(option.key) ||
          option.key.length > LIMITS.promptKeyMaxLength
        ) {
          problems.push({ path, message: 'An option key is lowercase letters, digits, - or _.' });
        } else if (keys.has(option.key)) {
          problems.push({ path, message: `Two options share the key "${option.key}".` });
        }
        keys.add(option.key);
      });
      break;
    }
    case PromptKind.PLAN:
      break;
    default:
      problems.push({ path: at('kind'), message: 'Unknown kind of question.' });
  }
  return problems.filter((problem): problem is InputProblem => problem !== undefined);
}

/** Everything wrong with an exercise's content; empty when it can be saved. */
export function exerciseContentProblems(content: ExerciseContent): InputProblem[] {
  const problems: Array<InputProblem | undefined> = [
    textProblem('title', 'The title', content.title, LIMITS.exerciseTitleMaxLength),
    textProblem('rationale', 'Why it helps', content.rationale, LIMITS.exerciseRationaleMaxLength),
    textProblem(
      'instructions',
      'The instructions',
      content.instructions,
      LIMITS.exerciseInstructionsMaxLength,
    ),
  ];
  if (!Object.values(BuildingStep).includes(content.buildingStep)) {
    problems.push({ path: 'buildingStep', message: 'Choose a building step.' });
  }
  if (!Object.values(Dimension).includes(content.dimension)) {
    problems.push({ path: 'dimension', message: 'Choose a dimension.' });
  }
  if (!Object.values(ExerciseMode).includes(content.mode)) {
    problems.push({ path: 'mode', message: 'Choose individual or joint.' });
  }
  if (
    !isInteger(content.estimatedMinutes) ||
    content.estimatedMinutes < LIMITS.exerciseMinutesMin ||
    content.estimatedMinutes > LIMITS.exerciseMinutesMax
  ) {
    problems.push({
      path: 'estimatedMinutes',
      message: `Estimated minutes are a whole number from ${LIMITS.exerciseMinutesMin} to ${LIMITS.exerciseMinutesMax}.`,
    });
  }
  const prompts = content.prompts ?? [];
  if (prompts.length < 1 || prompts.length > LIMITS.promptsMax) {
    problems.push({
      path: 'prompts',
      message: `An exercise asks between 1 and ${LIMITS.promptsMax} questions.`,
    });
  }
  const keys = new Set<string>();
  prompts.forEach((prompt, index) => {
    problems.push(...promptProblems(prompt, index));
    if (keys.has(prompt.key)) {
      problems.push({
        path: `prompts.${index}.key`,
        message: `Two questions share the key "${prompt.key}".`,
      });
    }
    keys.add(prompt.key);
  });
  return problems.filter((problem): problem is InputProblem => problem !== undefined);
}
