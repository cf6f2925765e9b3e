import { Args, ID, Mutation, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import { Role } from '@tandem/shared';
import { Roles } from '../access/roles.decorator';
import { PageArgs } from '../common/page.args';
import { UUID } from '../common/uuid.pipe';
import { SaveDraftInput, SubmitExerciseInput } from './dto/assignment.inputs';
import { SubmissionModel, TodoDetailModel, TodoPageModel } from './models/submission.model';
import { Sharing } from './submission.entity';
import { TodoList } from './todo-list';
import { TodosService } from './todos.service';

registerEnumType(TodoList, {
  name: 'TodoList',
  valuesMap: {
    OPEN: { description: 'Not yet submitted: due soon first, overdue ones on top.' },
    DONE: { description: 'Submitted, newest first.' },
  },
});

/** The client's side of assigned exercises. */
@Resolver()
export class TodosResolver {
  constructor(private readonly todos: TodosService) {}

  @Query(() => TodoPageModel, { description: "The signed-in client's exercises." })
  @Roles(Role.CLIENT)
  myTodos(
    @Args('list', { type: () => TodoList, defaultValue: TodoList.OPEN }) list: TodoList,
    @Args() page: PageArgs,
  ): Promise<TodoPageModel> {
    return this.todos.list(list, page);
  }

  @Query(() => TodoDetailModel, {
    description: "One to-do with its exercise, your answers and, when shared, your partner's.",
  })
  @Roles(Role.CLIENT)
  myTodo(@Args('id', { type: () => ID }, UUID) id: string): Promise<TodoDetailModel> {
    return this.todos.get(id);
  }

  @Mutation(() => SubmissionModel, { description: 'Saves answers as a draft (autosave).' })
  @Roles(Role.CLIENT)
  saveDraft(@Args('input') input: SaveDraftInput): Promise<SubmissionModel> {
    return this.todos.saveDraft(input);
  }

  @Mutation(() => SubmissionModel, {
    description:
      'Submits answers; a retry with the same idempotency key returns the same submission.',
  })
  @Roles(Role.CLIENT)
  submitExercise(@Args('input') input: SubmitExerciseInput): Promise<SubmissionModel> {
    return this.todos.submit(input);
  }

  @Mutation(() => SubmissionModel, { description: 'Changes who may read your submitted answers.' })
  @Roles(Role.CLIENT)
  shareSubmission(
    @Args('id', { type: () => ID }, UUID) id: string,
    @Args('sharing', { type: () => Sharing }) sharing: Sharing,
  ): Promise<SubmissionModel> {
    return this.todos.share(id, sharing);
  }
}
