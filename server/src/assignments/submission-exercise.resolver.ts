import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Sql } from '../database/sql';
import { ExerciseModel } from '../exercises/models/exercise.model';
import { exerciseOfSubmission } from './assignments.queries';
import { SubmissionModel } from './models/submission.model';

/**
 * The exercise a submission answered, as the version that was given (a later edit of the
 * exercise does not change the questions an answer was written to). Asked for when answers are
 * opened on their own, from the timeline: one statement per submission, so lists leave it out.
 * The submission itself was already checked; row-level security scopes this read too.
 */
@Resolver(() => SubmissionModel)
export class SubmissionExerciseResolver {
  constructor(private readonly sql: Sql) {}

  @ResolveField(() => ExerciseModel, { description: 'The exercise version these answers are to.' })
  async exercise(@Parent() submission: SubmissionModel): Promise<ExerciseModel> {
    const exercise = await this.sql.maybeOne(exerciseOfSubmission, [submission.id]);
    if (!exercise) throw new Error(`The exercise of submission ${submission.id} is not readable`);
    return exercise;
  }
}
