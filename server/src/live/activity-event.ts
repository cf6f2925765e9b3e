import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ActivityKind {
  ASSIGNED = 'ASSIGNED',
  DRAFT_STARTED = 'DRAFT_STARTED',
  SUBMITTED = 'SUBMITTED',
  COMMENTED = 'COMMENTED',
  CANCELLED = 'CANCELLED',
  CHECKIN_SUBMITTED = 'CHECKIN_SUBMITTED',
  NOTE_CHANGED = 'NOTE_CHANGED',
  SAFETY_ALERT = 'SAFETY_ALERT',
}
registerEnumType(ActivityKind, {
  name: 'ActivityKind',
  valuesMap: {
    NOTE_CHANGED: {
      description: 'A session note was written, edited or retracted by someone on the care team.',
    },
    SAFETY_ALERT: {
      description:
        "A partner's check-in raised a safety alert, or the care team resolved one. Care team only: no client is ever told.",
    },
  },
});

/**
 * Something happened on a couple's exercises, check-ins or session notes. Carries ids only
 * (NOTIFY payloads are small and logs must never hold clinical content); a listener refetches
 * what it shows.
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
