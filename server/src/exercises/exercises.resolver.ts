import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@tandem/shared';
import { Roles } from '../access/roles.decorator';
import { PageArgs } from '../common/page.args';
import { validatedAs } from '../common/validated-as.pipe';
import { UUID } from '../common/uuid.pipe';
import { ExerciseContentInput, ExerciseFilterInput } from './dto/exercise.inputs';
import { ExercisesService } from './exercises.service';
import { ExerciseModel, ExercisePageModel } from './models/exercise.model';

@Resolver()
export class ExercisesResolver {
  constructor(private readonly exercisesService: ExercisesService) {}

  @Query(() => ExercisePageModel, {
    description: "The library: Tandem's built-in exercises and the clinic's own, by building step.",
  })
  @Roles(Role.ADMIN, Role.COUNSELOR)
  exercises(
    @Args(
      'filter',
      { type: () => ExerciseFilterInput, nullable: true },
      validatedAs(ExerciseFilterInput),
    )
    filter: ExerciseFilterInput | null,
    @Args() page: PageArgs,
  ): Promise<ExercisePageModel> {
    return this.exercisesService.list(filter ?? { archived: false }, page);
  }

  @Query(() => ExerciseModel, { description: 'The current version of one exercise.' })
  @Roles(Role.ADMIN, Role.COUNSELOR)
  exercise(@Args('id', { type: () => ID }, UUID) id: string): Promise<ExerciseModel> {
    return this.exercisesService.get(id);
  }

  @Mutation(() => ExerciseModel, { description: "Adds an exercise to the clinic's own library." })
  @Roles(Role.ADMIN, Role.COUNSELOR)
  createExercise(@Args('input') input: ExerciseContentInput): Promise<ExerciseModel> {
    return this.exercisesService.create(input);
  }

  @Mutation(() => ExerciseModel, {
    description: "Saves a new version of one of the clinic's exercises.",
  })
  @Roles(Role.ADMIN, Role.COUNSELOR)
  updateExercise(
    @Args('id', { type: () => ID }, UUID) id: string,
    @Args('expectedVersion', {
      type: () => Int,
      description: 'The version the edit started from; a newer one answers CONFLICT.',
    })
    expectedVersion: number,
    @Args('input') input: ExerciseContentInput,
  ): Promise<ExerciseModel> {
    return this.exercisesService.update(id, expectedVersion, input);
  }

  @Mutation(() => ExerciseModel, {
    description: 'Hides an exercise from new assignments; given ones are unaffected.',
  })
  @Roles(Role.ADMIN, Role.COUNSELOR)
  archiveExercise(@Args('id', { type: () => ID }, UUID) id: string): Promise<ExerciseModel> {
    return this.exercisesService.setArchived(id, true);
  }

  @Mutation(() => ExerciseModel, { description: 'Brings an archived exercise back.' })
  @Roles(Role.ADMIN, Role.COUNSELOR)
  restoreExercise(@Args('id', { type: () => ID }, UUID) id: string): Promise<ExerciseModel> {
    return this.exercisesService.setArchived(id, false);
  }
}
