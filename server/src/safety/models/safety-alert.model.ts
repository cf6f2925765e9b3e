import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SafetyAlert', {
  description:
    "A check-in whose safety answers raise concern (afraid of, controlled or hurt by the partner). For the couple's care team alone; the partner is never told. Open until resolved after an individual safety check.",
})
export class SafetyAlertModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  coupleId: string;

  @Field(() => ID, { description: 'The partner whose answers raised it.' })
  clientId: string;

  @Field({ description: "That partner's name." })
  clientName: string;

  @Field(() => ID, { description: 'The check-in that raised it.' })
  checkinId: string;

  @Field({ description: 'When the check-in was submitted.' })
  raisedAt: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who resolved it.' })
  resolvedByName: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the counselor recorded of the individual safety check.',
  })
  resolution: string | null;
}

@ObjectType('SafetyAlertPage')
export class SafetyAlertPageModel {
  @Field(() => [SafetyAlertModel], { description: 'Open alerts first, newest first.' })
  items: SafetyAlertModel[];

  @Field(() => Int)
  totalCount: number;

  @Field(() => Int, { description: 'Alerts of the couple not resolved yet.' })
  openCount: number;
}
