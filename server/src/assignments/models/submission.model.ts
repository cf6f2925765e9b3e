import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ExerciseModel } from '../../exercises/models/exercise.model';
import { Sharing, SubmissionStatus } from '../submission.entity';
import { ProgressStatus } from './assignment.model';

@ObjectType('AnswerValue', { description: 'One answer; which field is set depends on the prompt.' })
export class AnswerModel {
  @Field()
  promptKey: string;

  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => Int, { nullable: true })
  value?: number | null;

  @Field(() => [String], { nullable: true })
  optionKeys?: string[] | null;

  @Field(() => String, { nullable: true, description: 'PLAN: an ISO 8601 date and time.' })
  plannedAt?: string | null;
}

@ObjectType('SubmissionComment')
export class CommentModel {
  @Field(() => ID)
  id: string;

  @Field()
  authorName: string;

  @Field()
  body: string;

  @Field()
  createdAt: Date;
}

@ObjectType('Submission')
export class SubmissionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: 'The author; null for a joint submission.' })
  clientId: string | null;

  @Field(() => String, { nullable: true })
  authorName: string | null;

  @Field(() => SubmissionStatus)
  status: SubmissionStatus;

  @Field(() => Sharing)
  sharing: Sharing;

  @Field(() => [AnswerModel])
  answers: AnswerModel[];

  @Field()
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => [CommentModel], {
    nullable: true,
    description: 'For the care team and the author; null for a partner reading a shared answer.',
  })
  comments: CommentModel[] | null;
}

@ObjectType('Todo', { description: "One due date of an exercise, from the client's side." })
export class TodoModel {
  @Field(() => ID, { description: 'The occurrence.' })
  id: string;

  @Field(() => ID)
  assignmentId: string;

  @Field(() => ExerciseModel)
  exercise: ExerciseModel;

  @Field(() => String, { nullable: true, description: 'What the counselor wrote when assigning.' })
  note: string | null;

  @Field()
  dueAt: Date;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => ProgressStatus)
  status: ProgressStatus;

  @Field(() => ProgressStatus, {
    nullable: true,
    description: "The partner's status when it is given to both; null when it is for you alone.",
  })
  partnerStatus: ProgressStatus | null;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Int)
  commentCount: number;
}

@ObjectType('TodoPage')
export class TodoPageModel {
  @Field(() => [TodoModel])
  items: TodoModel[];

  @Field(() => Int)
  totalCount: number;
}

@ObjectType('TodoDetail')
export class TodoDetailModel extends TodoModel {
  @Field(() => SubmissionModel, {
    nullable: true,
    description: "Your answers (or the couple's, when joint): a draft or the submission.",
  })
  mine: SubmissionModel | null;

  @Field(() => SubmissionModel, {
    nullable: true,
    description: "The partner's submission, when they have shared it with you.",
  })
  partners: SubmissionModel | null;

  @Field(() => String, { nullable: true })
  partnerName: string | null;
}
