import { Args, ArgsType, Field, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { LIMITS, Role } from '@tandem/shared';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { Roles } from '../access/roles.decorator';
import { TimelinePageModel } from './models/timeline.model';
import { TimelineService } from './timeline.service';

@ArgsType()
class TimelineArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'That id is not a valid Tandem id.' })
  coupleId: string;

  @Field(() => Int, { defaultValue: 30 })
  @IsInt()
  @Min(1)
  @Max(LIMITS.timelinePageMax)
  limit = 30;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  offset = 0;
}

@Resolver()
export class TimelineResolver {
  constructor(private readonly timeline: TimelineService) {}

  @Query(() => TimelinePageModel, {
    description:
      "A couple's notes, exercises given, answers submitted and check-ins taken in one chronological list, newest first. For the care team alone; audited.",
  })
  @Roles(Role.COUNSELOR, Role.ADMIN)
  coupleTimeline(@Args() { coupleId, limit, offset }: TimelineArgs): Promise<TimelinePageModel> {
    return this.timeline.forCouple(coupleId, limit, offset);
  }
}
