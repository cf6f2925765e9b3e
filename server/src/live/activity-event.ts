import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ActivityKind {
  ASSIGNED = 'ASSIGNED',
  DRAFT_STARTED = 'DRAFT_STARTED',
  SUBMITTED = 'SUBMITTED',
  COMMENTED = 'COMMENTED',
  CANCELLED = 'CANCELLED',
  CHECKIN_SUBMITTED = 'CHECKIN_SUBMITTED',
}
registerEnumType(ActivityKind, { name: 'ActivityKind' });

/**
 * Something happened on a couple's exercises. Carries ids only (NOTIFY payloads are small and
 * logs must never hold clinical content); a listener refetches what it shows.
 */
@ObjectType('CoupleActivity')
export class ActivityEvent {
  @Field(() => ActivityKind)
  kind: ActivityKind;

  @Field(() => ID)
  coupleId: string;

  @Field(() => ID, { nullable: true })
  assignmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The partner who acted, when a partner did.' })
  clientId?: string | null;

  @Field()
  at: Date;

  clinicId: string;
}
