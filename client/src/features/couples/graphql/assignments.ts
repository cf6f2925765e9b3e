import { graphql } from '../../../graphql/generated';

export const COUPLE_ASSIGNMENTS = graphql(`
  query CoupleAssignments(
    $coupleId: ID!
    $includeCancelled: Boolean!
    $limit: Int!
    $offset: Int!
  ) {
    coupleAssignments(
      coupleId: $coupleId
      includeCancelled: $includeCancelled
      limit: $limit
      offset: $offset
    ) {
      totalCount
      items {
        id
        clientId
        note
        recurrence
        assignedByName
        createdAt
        cancelledAt
        exercise {
          id
          ...ExerciseContentFields
        }
        occurrences {
          id
          sequence
          dueAt
          closedAt
          progress {
            clientId
            displayName
            status
            submissionId
            submittedAt
            commentCount
          }
        }
      }
    }
  }
`);

export const ASSIGNABLE_EXERCISES = graphql(`
  query AssignableExercises($search: String) {
    exercises(filter: { search: $search }, limit: 200) {
      totalCount
      items {
        id
        versionId
        title
        mode
        buildingStep
        estimatedMinutes
        builtIn
      }
    }
  }
`);

export const ASSIGN_EXERCISE = graphql(`
  mutation AssignExercise($input: AssignExerciseInput!) {
    assignExercise(input: $input) {
      id
    }
  }
`);

export const CANCEL_ASSIGNMENT = graphql(`
  mutation CancelAssignment($id: ID!) {
    cancelAssignment(id: $id) {
      id
      cancelledAt
    }
  }
`);

export const SUBMISSION = graphql(`
  query SubmissionForCareTeam($id: ID!) {
    submission(id: $id) {
      id
      authorName
      submittedAt
      sharing
      exercise {
        id
        ...ExerciseContentFields
      }
      answers {
        ...AnswerFields
      }
      comments {
        id
        authorName
        body
        createdAt
      }
    }
  }
`);

export const COMMENT_ON_SUBMISSION = graphql(`
  mutation CommentOnSubmission($submissionId: ID!, $body: String!) {
    commentOnSubmission(submissionId: $submissionId, body: $body) {
      id
    }
  }
`);
