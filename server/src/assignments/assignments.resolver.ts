import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { LIMITS, Role } from '@tandem/shared';
import { Transform } from 'class-transformer';
import { IsString, IsUUID, Length } from 'class-validator';
import { Roles } from '../access/roles.decorator';
import { PageArgs } from '../common/page.args';
import { trimmed } from '../common/transforms';
import { UUID } from '../common/uuid.pipe';
import { AssignmentsService } from './assignments.service';
import { AssignExerciseInput } from './dto/assignment.inputs';
import { AssignmentModel, AssignmentPageModel } from './models/assignment.model';
import { CommentModel, SubmissionModel } from './models/submission.model';

@ArgsType()
class CommentArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'That id is not a valid Tandem id.' })
  submissionId: string;

  @Field()
  @Transform(trimmed)
  @IsString()
  @Length(1, LIMITS.commentMaxLength, {
    message: `Write a comment of 1 to ${LIMITS.commentMaxLength} characters`,
  })
  body: string;
}

/** The care team's side of assigned exercises. */
@Resolver()
export class AssignmentsResolver {
  constructor(private readonly assignments: AssignmentsService) {}

  @Query(() => AssignmentPageModel, {
    description: "A couple's assignments, newest first, with each partner's progress.",
  })
  @Roles(Role.COUNSELOR)
  coupleAssignments(
    @Args('coupleId', { type: () => ID }, UUID) coupleId: string,
    @Args('includeCancelled', { defaultValue: false }) includeCancelled: boolean,
    @Args() page: PageArgs,
  ): Promise<AssignmentPageModel> {
    return this.assignments.forCouple(coupleId, includeCancelled, page);
  }

  @Query(() => SubmissionModel, {
    description: "A partner's submitted answers, with the care team's comments. Audited.",
  })
  @Roles(Role.COUNSELOR)
  submission(@Args('id', { type: () => ID }, UUID) id: string): Promise<SubmissionModel> {
    return this.assignments.submission(id);
  }

  @Mutation(() => AssignmentModel, {
    description: 'Gives an exercise to a couple (both partners or one), once or recurring.',
  })
  @Roles(Role.COUNSELOR)
  assignExercise(@Args('input') input: AssignExerciseInput): Promise<AssignmentModel> {
    return this.assignments.assign(input);
  }

  @Mutation(() => AssignmentModel, {
    description: 'Stops an assignment: open to-dos close, submitted answers stay.',
  })
  @Roles(Role.COUNSELOR)
  cancelAssignment(@Args('id', { type: () => ID }, UUID) id: string): Promise<AssignmentModel> {
    return this.assignments.cancel(id);
  }

  @Mutation(() => CommentModel, { description: 'Comments on a submission; its author sees it.' })
  @Roles(Role.COUNSELOR)
  commentOnSubmission(@Args() { submissionId, body }: CommentArgs): Promise<CommentModel> {
    return this.assignments.comment(submissionId, body);
  }
}
