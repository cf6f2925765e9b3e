import { graphql } from '../../../graphql/generated';

/** What a person reads and answers of one exercise version (cached by `versionId`). */
export const EXERCISE_CONTENT_FIELDS = graphql(`
  fragment ExerciseContentFields on Exercise {
    versionId
    title
    buildingStep
    dimension
    estimatedMinutes
    mode
    rationale
    instructions
    prompts {
      key
      kind
      label
      help
      required
      maxLength
      min
      max
      minLabel
      maxLabel
      options {
        key
        label
      }
    }
  }
`);

export const ANSWER_FIELDS = graphql(`
  fragment AnswerFields on AnswerValue {
    promptKey
    text
    value
    optionKeys
    plannedAt
  }
`);
