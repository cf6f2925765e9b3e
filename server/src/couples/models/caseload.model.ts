import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PartnerModel } from './partner.model';

@ObjectType('CaseloadCouple', { description: "A couple on the signed-in counselor's care team." })
export class CaseloadCoupleModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => [PartnerModel])
  partners: PartnerModel[];

  @Field({ description: "Whether the signed-in counselor is the couple's primary counselor." })
  isPrimaryCounselor: boolean;

  @Field({ description: 'When the couple entered care.' })
  inCareSince: Date;

  @Field(() => Int, {
    description: 'Submitted answers no one on the care team has commented on yet.',
  })
  toReviewCount: number;

  @Field(() => Int, { description: 'To-dos past their due date and not submitted.' })
  overdueCount: number;
}

@ObjectType('CaseloadPage', { description: "One page of the counselor's caseload." })
export class CaseloadPageModel {
  @Field(() => [CaseloadCoupleModel])
  items: CaseloadCoupleModel[];

  @Field(() => Int)
  totalCount: number;
}
