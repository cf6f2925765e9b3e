import type { BuildingStep, Dimension } from '../clinical-model';

/** Individual: each partner answers alone. Joint: the couple makes one shared submission. */
export enum ExerciseMode {
  INDIVIDUAL = 'INDIVIDUAL',
  JOINT = 'JOINT',
}

/** The kinds of question an exercise can ask. Keys match values (GraphQL enum names). */
export enum PromptKind {
  TEXT = 'TEXT',
  SCALE = 'SCALE',
  CHECKLIST = 'CHECKLIST',
  CHOICE = 'CHOICE',
  PLAN = 'PLAN',
}

export interface PromptOption {
  /** Stable within the prompt; answers refer to it, so a relabelled option keeps its answers. */
  key: string;
  label: string;
}

/**
 * One question of an exercise. Which fields apply depends on the kind:
 * TEXT uses maxLength; SCALE uses min, max, minLabel and maxLabel; CHECKLIST and CHOICE use
 * options; PLAN (a date and time the couple commits to) uses none.
 */
export interface Prompt {
  /** Stable within the exercise; answers are keyed by it. */
  key: string;
  kind: PromptKind;
  label: string;
  help?: string;
  required: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  minLabel?: string;
  maxLabel?: string;
  options?: PromptOption[];
}

/** Everything a version of an exercise says; an edit makes a new version of it. */
export interface ExerciseContent {
  title: string;
  buildingStep: BuildingStep;
  dimension: Dimension;
  /** Why this exercise builds its dimension, in a sentence or two a client can follow. */
  rationale: string;
  instructions: string;
  estimatedMinutes: number;
  mode: ExerciseMode;
  prompts: Prompt[];
}

/** A built-in exercise: its slug stays the same across content revisions. */
export interface BuiltInExercise extends ExerciseContent {
  slug: string;
}

/** One answer to one prompt; which field is set depends on the prompt's kind. */
export interface Answer {
  promptKey: string;
  text?: string | null;
  value?: number | null;
  optionKeys?: string[] | null;
  /** PLAN: an ISO 8601 date and time. */
  plannedAt?: string | null;
}
