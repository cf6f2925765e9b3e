import { Args, ArgsType, Field, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@tandem/shared';
import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';
import { Roles } from '../access/roles.decorator';
import { PageArgs } from '../common/page.args';
import { NotificationPageModel } from './models/notification.model';
import { NotificationsService } from './notifications.service';

@ArgsType()
class MarkReadArgs {
  @Field(() => [ID], { nullable: true, description: 'Leave out to mark all as read.' })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  ids?: string[] | null;
}

@Resolver()
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Query(() => NotificationPageModel, {
    description: "The signed-in client's notifications, newest first.",
  })
  @Roles(Role.CLIENT)
  myNotifications(@Args() page: PageArgs): Promise<NotificationPageModel> {
    return this.notifications.mine(page);
  }

  @Mutation(() => Int, {
    description: 'Marks notifications as read (all of them when no ids are given).',
  })
  @Roles(Role.CLIENT)
  markNotificationsRead(@Args() { ids }: MarkReadArgs): Promise<number> {
    return this.notifications.markRead(ids ?? null);
  }
}
