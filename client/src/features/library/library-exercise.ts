import type {
  ExerciseContentFieldsFragment,
  LibraryExerciseFieldsFragment,
} from '../../graphql/generated/graphql';

/** An exercise as the library's operations select it: both fragments, side by side. */
export type LibraryExercise = LibraryExerciseFieldsFragment & ExerciseContentFieldsFragment;
