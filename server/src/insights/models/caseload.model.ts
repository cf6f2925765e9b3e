import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ChangeStatus, FlagKind } from '@tandem/shared';
import { PartnerModel } from '../../couples/models/partner.model';

registerEnumType(FlagKind, {
  name: 'FlagKind',
  valuesMap: {
    RELIABLE_DETERIORATION: {
      description: "A partner's index fell by more than measurement error.",
    },
    HIGH_CODEPENDENCE_RISK: {
      description: "A partner's codependence risk is at or above the threshold.",
    },
    LARGE_PARTNER_GAP: { description: "The partners' index scores are far apart." },
    DISENGAGED: { description: 'Overdue exercises, or no activity for 14 days.' },
    CHECKIN_DUE: { description: 'A scheduled check-in is past due and not taken.' },
    NOT_ON_TRACK: { description: "Below the change the clinic's comparable couples showed." },
  },
});
registerEnumType(ChangeStatus, {
  name: 'ChangeStatus',
  description: 'Change since baseline by the Jacobson–Truax reliable change index and cut-off.',
});

@ObjectType('CaseloadFlag')
export class CaseloadFlagModel {
  @Field(() => FlagKind)
  kind: FlagKind;

  @Field({ description: 'What was seen, with its numbers.' })
  reason: string;
}

@ObjectType('PartnerProgressSummary', {
  description: "A partner's index: baseline, latest, change.",
})
export class PartnerSummaryModel {
  @Field(() => ID)
  clientId: string;

  @Field()
  displayName: string;

  @Field(() => Float, { nullable: true })
  baselineIndex: number | null;

  @Field(() => Float, { nullable: true })
  latestIndex: number | null;

  @Field(() => Date, { nullable: true })
  latestAt: Date | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Reliable change index since baseline (positive is better).',
  })
  rci: number | null;

  @Field(() => ChangeStatus, { nullable: true })
  status: ChangeStatus | null;

  @Field(() => Float, { nullable: true })
  latestCodependenceRisk: number | null;
}

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

  @Field(() => Date, { nullable: true, description: 'The latest draft, submission or check-in.' })
  lastActivityAt: Date | null;

  @Field(() => [PartnerSummaryModel])
  progress: PartnerSummaryModel[];

  @Field(() => Float, {
    nullable: true,
    description: "Mean of the partners' index change since baseline.",
  })
  indexChange: number | null;

  @Field(() => [CaseloadFlagModel])
  flags: CaseloadFlagModel[];
}

@ObjectType('ExpectedBand', { description: "The change the clinic's comparable couples showed." })
export class ExpectedBandModel {
  @Field(() => Float)
  low: number;

  @Field(() => Float)
  median: number;

  @Field(() => Int)
  samples: number;
}

@ObjectType('CaseloadPage', { description: "One page of the counselor's caseload." })
export class CaseloadPageModel {
  @Field(() => [CaseloadCoupleModel])
  items: CaseloadCoupleModel[];

  @Field(() => Int)
  totalCount: number;

  @Field(() => Int, {
    description: 'Couples of the clinic with a baseline and a later index score.',
  })
  bandCouples: number;

  @Field(() => Int, { description: 'Couples needed before "not on track" can be judged.' })
  bandCouplesNeeded: number;
}
