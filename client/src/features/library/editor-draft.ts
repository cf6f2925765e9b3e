import {
  BuildingStep,
  Dimension,
  ExerciseMode,
  LIMITS,
  PromptKind,
  type ExerciseContent,
  type Prompt,
  type PromptOption,
} from '@tandem/shared';
import type { ExerciseContentFieldsFragment } from '../../graphql/generated/graphql';
import { slugKey, uniqueKey } from './keys';

/** Form state of one option; `key` is null until the option is first saved. */
export interface OptionDraft {
  uid: string;
  key: string | null;
  label: string;
}

/**
 * Form state of one question. It keeps every kind's fields, so switching the kind back
 * and forth loses nothing; only the chosen kind's fields are sent.
 */
export interface PromptDraft {
  uid: string;
  key: string | null;
  kind: PromptKind;
  label: string;
  help: string;
  required: boolean;
  maxLength: number | '';
  min: number | '';
  max: number | '';
  minLabel: string;
  maxLabel: string;
  options: OptionDraft[];
}

export interface ExerciseDraft {
  title: string;
  buildingStep: BuildingStep | '';
  dimension: Dimension | '';
  rationale: string;
  instructions: string;
  estimatedMinutes: number | '';
  mode: ExerciseMode;
  prompts: PromptDraft[];
}

let lastUid = 0;
/** Identity for React's lists while editing; never sent. */
const nextUid = () => `draft-${(lastUid += 1)}`;

export const newOption = (): OptionDraft => ({ uid: nextUid(), key: null, label: '' });

export function newPrompt(kind: PromptKind = PromptKind.TEXT): PromptDraft {
  return {
    uid: nextUid(),
    key: null,
    kind,
    label: '',
    help: '',
    required: true,
    maxLength: LIMITS.textAnswerDefaultMaxLength,
    min: 0,
    max: 10,
    minLabel: '',
    maxLabel: '',
    options: [newOption(), newOption()],
  };
}

export function emptyDraft(): ExerciseDraft {
  return {
    title: '',
    buildingStep: '',
    dimension: '',
    rationale: '',
    instructions: '',
    estimatedMinutes: 15,
    mode: ExerciseMode.INDIVIDUAL,
    prompts: [newPrompt()],
  };
}

/** An exercise to edit, or (`copy`) to start a new clinic exercise from. Keys are kept. */
export function draftFromExercise(
  exercise: ExerciseContentFieldsFragment,
  { copy }: { copy: boolean },
): ExerciseDraft {
  return {
    title: copy ? `${exercise.title} (copy)` : exercise.title,
    buildingStep: BuildingStep[exercise.buildingStep],
    dimension: Dimension[exercise.dimension],
    rationale: exercise.rationale,
    instructions: exercise.instructions,
    estimatedMinutes: exercise.estimatedMinutes,
    mode: ExerciseMode[exercise.mode],
    prompts: exercise.prompts.map((prompt) => ({
      uid: nextUid(),
      key: prompt.key,
      kind: PromptKind[prompt.kind],
      label: prompt.label,
      help: prompt.help ?? '',
      required: prompt.required,
      maxLength: prompt.maxLength ?? LIMITS.textAnswerDefaultMaxLength,
      min: prompt.min ?? 0,
      max: prompt.max ?? 10,
      minLabel: prompt.minLabel ?? '',
      maxLabel: prompt.maxLabel ?? '',
      options: prompt.options?.map((option) => ({ uid: nextUid(), ...option })) ?? [
        newOption(),
        newOption(),
      ],
    })),
  };
}

const orUndefined = (value: number | '') => (value === '' ? undefined : value);

function optionsWithKeys(options: OptionDraft[]): PromptOption[] {
  const taken = new Set(options.flatMap((option) => (option.key ? [option.key] : [])));
  return options.map((option) => ({
    key: option.key ?? uniqueKey(slugKey(option.label, 'option'), taken),
    label: option.label,
  }));
}

function promptContent(draft: PromptDraft, key: string): Prompt {
  const prompt: Prompt = {
    key,
    kind: draft.kind,
    label: draft.label,
    required: draft.required,
    help: draft.help.trim() ? draft.help : undefined,
  };
  switch (draft.kind) {
    case PromptKind.TEXT:
      return { ...prompt, maxLength: orUndefined(draft.maxLength) };
    case PromptKind.SCALE:
      return {
        ...prompt,
        min: orUndefined(draft.min),
        max: orUndefined(draft.max),
        minLabel: draft.minLabel,
        maxLabel: draft.maxLabel,
      };
    case PromptKind.CHECKLIST:
    case PromptKind.CHOICE:
      return { ...prompt, options: optionsWithKeys(draft.options) };
    case PromptKind.PLAN:
      return prompt;
  }
}

/**
 * The content to validate and send. New questions and options get keys from their labels
 * (de-duplicated against the kept ones); an unchosen step, dimension or length is left
 * empty on purpose, for the shared rules to report next to its field.
 */
export function contentFromDraft(draft: ExerciseDraft): ExerciseContent {
  const taken = new Set(draft.prompts.flatMap((prompt) => (prompt.key ? [prompt.key] : [])));
  return {
    title: draft.title,
    buildingStep: draft.buildingStep as BuildingStep,
    dimension: draft.dimension as Dimension,
    rationale: draft.rationale,
    instructions: draft.instructions,
    estimatedMinutes: draft.estimatedMinutes === '' ? Number.NaN : draft.estimatedMinutes,
    mode: draft.mode,
    prompts: draft.prompts.map((prompt) =>
      promptContent(prompt, prompt.key ?? uniqueKey(slugKey(prompt.label, 'question'), taken)),
    ),
  };
}

/** The list with one item moved by `delta` places, or unchanged at either end. */
export function moved<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (target < 0 || target >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  next.splice(target, 0, item);
  return next;
}
