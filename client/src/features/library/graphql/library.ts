import { graphql } from '../../../graphql/generated';

/**
 * The library's own fields of an exercise (always its current version). `versionId` keys the
 * cache (see apollo.ts). Operations spread it beside ExerciseContentFields, never inside: the
 * API's depth limit counts each fragment spread as two levels, and nesting them exceeds it.
 */
export const LIBRARY_EXERCISE_FIELDS = graphql(`
  fragment LibraryExerciseFields on Exercise {
    id
    versionId
    version
    currentVersion
    builtIn
    archivedAt
    updatedAt
  }
`);

export const EXERCISES = graphql(`
  query Exercises($filter: ExerciseFilterInput, $limit: Int!, $offset: Int!) {
    exercises(filter: $filter, limit: $limit, offset: $offset) {
      totalCount
      items {
        ...LibraryExerciseFields
        ...ExerciseContentFields
      }
    }
  }
`);

export const EXERCISE = graphql(`
  query Exercise($id: ID!) {
    exercise(id: $id) {
      ...LibraryExerciseFields
      ...ExerciseContentFields
    }
  }
`);

export const CREATE_EXERCISE = graphql(`
  mutation CreateExercise($input: ExerciseContentInput!) {
    createExercise(input: $input) {
      ...LibraryExerciseFields
      ...ExerciseContentFields
    }
  }
`);

export const UPDATE_EXERCISE = graphql(`
  mutation UpdateExercise($id: ID!, $expectedVersion: Int!, $input: ExerciseContentInput!) {
    updateExercise(id: $id, expectedVersion: $expectedVersion, input: $input) {
      ...LibraryExerciseFields
      ...ExerciseContentFields
    }
  }
`);

export const ARCHIVE_EXERCISE = graphql(`
  mutation ArchiveExercise($id: ID!) {
    archiveExercise(id: $id) {
      ...LibraryExerciseFields
      ...ExerciseContentFields
    }
  }
`);

export const RESTORE_EXERCISE = graphql(`
  mutation RestoreExercise($id: ID!) {
    restoreExercise(id: $id) {
      ...LibraryExerciseFields
      ...ExerciseContentFields
    }
  }
`);
