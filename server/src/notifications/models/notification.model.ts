import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NotificationKind } from '../notification.entity';

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  valuesMap: {
    ASSIGNED: { description: 'A counselor gave you an exercise.' },
    DUE_SOON: { description: 'An exercise is due within a day.' },
    OVERDUE: { description: 'An exercise is past its due date.' },
    COMMENT: { description: 'A counselor commented on your answers.' },
  },
});

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => ID, { description: 'The to-do it is about.' })
  todoId: string;

  @Field({ description: 'The title of the exercise it is about.' })
  exerciseTitle: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;
}

@ObjectType('NotificationPage')
export class NotificationPageModel {
  @Field(() => [NotificationModel])
  items: NotificationModel[];

  @Field(() => Int)
  totalCount: number;

  @Field(() => Int)
  unreadCount: number;
}
