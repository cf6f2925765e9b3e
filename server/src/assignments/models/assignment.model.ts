import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ExerciseModel } from '../../exercises/models/exercise.model';
import { Recurrence } from '../assignment.entity';
import { Sharing, SubmissionStatus } from '../submission.entity';

/** Where one partner is with one to-do. */
export enum ProgressStatus {
  NOT_STARTED = 'NOT_STARTED',
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  OVERDUE = 'OVERDUE',
  /** The assignment was cancelled before this was submitted. */
  CLOSED = 'CLOSED',
}

registerEnumType(Recurrence, { name: 'Recurrence' });
registerEnumType(ProgressStatus, { name: 'ProgressStatus' });
registerEnumType(SubmissionStatus, { name: 'SubmissionStatus' });
registerEnumType(Sharing, {
  name: 'Sharing',
  description: 'Who besides the author and the care team may read an individual submission.',
  valuesMap: {
    PRIVATE: { description: 'Only the author and the care team.' },
    PARTNER: { description: 'The partner too.' },
    AFTER_BOTH: { description: 'The partner too, once the partner has submitted theirs.' },
  },
});

@ObjectType('PartnerProgress')
export class PartnerProgressModel {
  @Field(() => ID)
  clientId: string;

  @Field()
  displayName: string;

  @Field(() => ProgressStatus)
  status: ProgressStatus;

  @Field(() => ID, {
    nullable: true,
    description: 'Set once submitted: the counselor may read it.',
  })
  submissionId: string | null;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Int, { description: "Counselors' comments on the submission." })
  commentCount: number;
}

@ObjectType('Occurrence', { description: 'One due date of an assignment.' })
export class OccurrenceModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  sequence: number;

  @Field()
  dueAt: Date;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => [PartnerProgressModel], { description: 'Each partner it is for.' })
  progress: PartnerProgressModel[];
}

@ObjectType('Assignment')
export class AssignmentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  coupleId: string;

  @Field(() => ExerciseModel, { description: 'The version that was given.' })
  exercise: ExerciseModel;

  @Field(() => ID, { nullable: true, description: 'The one partner it is for; null for both.' })
  clientId: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Recurrence)
  recurrence: Recurrence;

  @Field()
  assignedByName: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;

  @Field(() => [OccurrenceModel], { description: 'Earliest first.' })
  occurrences: OccurrenceModel[];
}

@ObjectType('AssignmentPage')
export class AssignmentPageModel {
  @Field(() => [AssignmentModel])
  items: AssignmentModel[];

  @Field(() => Int)
  totalCount: number;
}
