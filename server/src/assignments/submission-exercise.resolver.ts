import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../context/request-context';
import { ExerciseModel } from '../exercises/models/exercise.model';
import { SubmissionModel } from './models/submission.model';
import { EXERCISE_JSON } from './progress-sql';

/**
 * The exercise a submission answered, as the version that was given (a later edit of the
 * exercise does not change the questions an answer was written to). Asked for when answers are
 * opened on their own, from the timeline: one statement per submission, so lists leave it out.
 * The submission itself was already checked; row-level security scopes this read too.
 */
@Resolver(() => SubmissionModel)
export class SubmissionExerciseResolver {
  constructor(private readonly context: RequestContext) {}

  @ResolveField(() => ExerciseModel, { description: 'The exercise version these answers are to.' })
  async exercise(@Parent() submission: SubmissionModel): Promise<ExerciseModel> {
    const [row]: Array<{ exercise: ExerciseModel }> = await this.context.manager.query(
      `SELECT ${EXERCISE_JSON} AS exercise
         FROM submission s
         JOIN assignment_occurrence o ON o.id = s.occurrence_id
         JOIN assignment a ON a.id = o.assignment_id
         JOIN exercise_version v ON v.id = a.exercise_version_id
         JOIN exercise e ON e.id = v.exercise_id
        WHERE s.id = $1`,
      [submission.id],
    );
    if (!row) throw new Error(`The exercise of submission ${submission.id} is not readable`);
    return row.exercise;
  }
}
