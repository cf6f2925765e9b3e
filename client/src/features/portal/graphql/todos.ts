import { graphql } from '../../../graphql/generated';

// Exercises here are selected without `id`: see EXERCISE_CONTENT_FIELDS for why.

export const TODO_FIELDS = graphql(`
  fragment TodoFields on Todo {
    id
    dueAt
    status
    partnerStatus
    submittedAt
    closedAt
    commentCount
    exercise {
      versionId
      title
      mode
      estimatedMinutes
    }
  }
`);

export const MY_TODOS = graphql(`
  query MyTodos($list: TodoList!, $limit: Int!, $offset: Int!) {
    myTodos(list: $list, limit: $limit, offset: $offset) {
      totalCount
      items {
        ...TodoFields
      }
    }
  }
`);

/** Answers are spelled out, not spread: a nested spread would pass the API's depth limit. */
export const SUBMISSION_FIELDS = graphql(`
  fragment SubmissionFields on Submission {
    id
    status
    sharing
    clientId
    submittedAt
    updatedAt
    answers {
      promptKey
      text
      value
      optionKeys
      plannedAt
    }
    comments {
      id
      authorName
      body
      createdAt
    }
  }
`);

export const MY_TODO = graphql(`
  query MyTodo($id: ID!) {
    myTodo(id: $id) {
      id
      dueAt
      status
      partnerStatus
      partnerName
      submittedAt
      closedAt
      note
      exercise {
        ...ExerciseContentFields
      }
      mine {
        ...SubmissionFields
      }
      partners {
        id
        authorName
        submittedAt
        answers {
          ...AnswerFields
        }
      }
    }
  }
`);

export const SAVE_DRAFT = graphql(`
  mutation SaveDraft($input: SaveDraftInput!) {
    saveDraft(input: $input) {
      ...SubmissionFields
    }
  }
`);

export const SUBMIT_EXERCISE = graphql(`
  mutation SubmitExercise($input: SubmitExerciseInput!) {
    submitExercise(input: $input) {
      ...SubmissionFields
    }
  }
`);

export const SHARE_SUBMISSION = graphql(`
  mutation ShareSubmission($id: ID!, $sharing: Sharing!) {
    shareSubmission(id: $id, sharing: $sharing) {
      id
      sharing
    }
  }
`);
