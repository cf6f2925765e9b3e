import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@tandem/shared';
import { AnyRole, Roles } from '../access/roles.decorator';
import { TodoList } from '../assignments/todo-list';
import { PageArgs } from '../common/page.args';
import { UUID } from '../common/uuid.pipe';
import { CheckinsService } from './checkins.service';
import { ScheduleCheckinsInput, SaveCheckinInput, SubmitCheckinInput } from './dto/checkin.inputs';
import {
  CheckinDetailModel,
  CheckinScheduleModel,
  CheckinTodoPageModel,
  ScoreReferenceModel,
  TrendsModel,
} from './models/checkin.models';
import { ReliabilityService } from './reliability.service';
import { TrendsService } from './trends.service';

@Resolver()
export class AssessmentsResolver {
  constructor(
    private readonly checkins: CheckinsService,
    private readonly trends: TrendsService,
    private readonly reliability: ReliabilityService,
  ) {}

  @Mutation(() => CheckinScheduleModel, {
    description: 'Schedules check-ins for both partners every N weeks from a date.',
  })
  @Roles(Role.COUNSELOR)
  scheduleCheckins(@Args('input') input: ScheduleCheckinsInput): Promise<CheckinScheduleModel> {
    return this.checkins.schedule(input);
  }

  @Mutation(() => CheckinScheduleModel, { description: 'Stops a schedule; taken check-ins stay.' })
  @Roles(Role.COUNSELOR)
  cancelCheckinSchedule(
    @Args('id', { type: () => ID }, UUID) id: string,
  ): Promise<CheckinScheduleModel> {
    return this.checkins.cancel(id);
  }

  @Query(() => [CheckinScheduleModel], {
    description: "A couple's check-in schedules, newest first.",
  })
  @Roles(Role.COUNSELOR)
  checkinSchedules(
    @Args('coupleId', { type: () => ID }, UUID) coupleId: string,
  ): Promise<CheckinScheduleModel[]> {
    return this.checkins.schedulesOf(coupleId);
  }

  @Query(() => TrendsModel, {
    description: "Both partners' scores over time, for the care team. Audited.",
  })
  @Roles(Role.COUNSELOR)
  coupleTrends(
    @Args('coupleId', { type: () => ID }, UUID) coupleId: string,
    @Args('from', { type: () => Date, nullable: true }) from: Date | null,
    @Args('to', { type: () => Date, nullable: true }) to: Date | null,
  ): Promise<TrendsModel> {
    return this.trends.ofCouple(coupleId, from, to);
  }

  @Query(() => TrendsModel, {
    description: "Your own scores over time, and your partner's where your counselor shares them.",
  })
  @Roles(Role.CLIENT)
  myTrends(
    @Args('from', { type: () => Date, nullable: true }) from: Date | null,
    @Args('to', { type: () => Date, nullable: true }) to: Date | null,
  ): Promise<TrendsModel> {
    return this.trends.mine(from, to);
  }

  @Query(() => [ScoreReferenceModel], {
    description: 'Cut-offs and reliabilities the scores are read against.',
  })
  @AnyRole()
  scoreReferences(): Promise<ScoreReferenceModel[]> {
    return this.reliability.references();
  }

  @Query(() => CheckinTodoPageModel, { description: "The signed-in client's check-ins." })
  @Roles(Role.CLIENT)
  myCheckins(
    @Args('list', { type: () => TodoList, defaultValue: TodoList.OPEN }) list: TodoList,
    @Args() page: PageArgs,
  ): Promise<CheckinTodoPageModel> {
    return this.checkins.mine(list, page);
  }

  @Query(() => CheckinDetailModel, {
    description: 'One of your check-ins with its items and your answers.',
  })
  @Roles(Role.CLIENT)
  myCheckin(@Args('id', { type: () => ID }, UUID) id: string): Promise<CheckinDetailModel> {
    return this.checkins.get(id);
  }

  @Mutation(() => CheckinDetailModel, {
    description: 'Saves check-in answers as a draft (autosave).',
  })
  @Roles(Role.CLIENT)
  saveCheckinDraft(@Args('input') input: SaveCheckinInput): Promise<CheckinDetailModel> {
    return this.checkins.saveDraft(input);
  }

  @Mutation(() => CheckinDetailModel, {
    description:
      'Submits a check-in and stores its scores; a retry with the same key changes nothing.',
  })
  @Roles(Role.CLIENT)
  submitCheckin(@Args('input') input: SubmitCheckinInput): Promise<CheckinDetailModel> {
    return this.checkins.submit(input);
  }
}
