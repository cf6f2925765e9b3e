import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AuditOutcome } from '../audit-event.entity';

registerEnumType(AuditOutcome, { name: 'AuditOutcome' });

@ObjectType('AuditEvent', {
  description: 'One access to or change of clinic data. No clinical content.',
})
export class AuditEventModel {
  @Field(() => ID)
  id: string;

  @Field()
  occurredAt: Date;

  @Field(() => ID, { nullable: true })
  actorId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The actor’s display name at the time of reading.',
  })
  actorName: string | null;

  @Field(() => String, { nullable: true })
  actorRole: string | null;

  @Field({ description: 'What was done, e.g. couple.create or auth.sign_in.' })
  action: string;

  @Field(() => String, { nullable: true })
  entityType: string | null;

  @Field(() => ID, { nullable: true })
  entityId: string | null;

  @Field(() => [ID], { description: 'The clients whose data was touched.' })
  clientIds: string[];

  @Field(() => AuditOutcome)
  outcome: AuditOutcome;

  @Field(() => String, { nullable: true })
  requestId: string | null;

  @Field(() => String, { nullable: true })
  ip: string | null;
}

@ObjectType('AuditEventPage')
export class AuditEventPageModel {
  @Field(() => [AuditEventModel])
  items: AuditEventModel[];

  @Field(() => Int)
  totalCount: number;
}
