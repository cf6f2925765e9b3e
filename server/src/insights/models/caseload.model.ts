import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ChangeStatus, EXPECTED_CHANGE, FlagKind } from '@tandem/shared';
import { ScoreReferenceModel } from '../../assessments/models/checkin.models';
import { SeriesProgressModel } from '../../assessments/models/progress.models';
import { PartnerModel } from '../../couples/models/partner.model';

registerEnumType(FlagKind, {
  name: 'FlagKind',
  valuesMap: {
    URGENT_SAFETY: {
      description:
        'A partner answered a safety item with concern and no one has resolved it yet: an individual safety check comes before joint work.',
    },
    RELIABLE_DETERIORATION: {
      description:
        "A partner's full-form index fell since baseline by more than measurement error can explain.",
    },
    RELAPSE: {
      description:
        "A partner's full-form index fell since their previous check-in by more than measurement error can explain.",
    },
    HIGH_CODEPENDENCE_RISK: {
      description:
        "A partner's codependence risk is at or above the threshold (not from a response giving the same answer to every item).",
    },
    LARGE_PARTNER_GAP: {
      description: "The partners' full-form index scores, taken within 7 days, are far apart.",
    },
    DISENGAGED: {
      description: 'No activity for 14 days, or two or more to-dos overdue by more than 2 days.',
    },
    CHECKIN_DUE: { description: 'A scheduled check-in is past due and not taken.' },
    NOT_ON_TRACK: {
      description:
        "A partner's change is below the 10th percentile of comparable partners in the clinic's other episodes.",
    },
  },
});
registerEnumType(ChangeStatus, {
  name: 'ChangeStatus',
  description: 'Change by the Jacobson–Truax reliable change index and cut-off c.',
});

@ObjectType('CaseloadFlag')
export class CaseloadFlagModel {
  @Field(() => FlagKind)
  kind: FlagKind;

  @Field({ description: 'What was seen, with its numbers.' })
  reason: string;
}

@ObjectType('ExpectedChange', {
  description: `The change in full-form index shown by comparable partners of the clinic's other episodes of care: intake score in the same band, measured at a similar time in care (each partner-episode counted once, at its point nearest in weeks). Shown only from ${EXPECTED_CHANGE.minCouples} comparison couples.`,
})
export class ExpectedChangeModel {
  @Field(() => Float, {
    description: `The ${EXPECTED_CHANGE.lowPercentile}th percentile of their change: about 1 in 10 fall below it by design.`,
  })
  low: number;

  @Field(() => Float)
  median: number;

  @Field(() => Int, { description: 'Comparison couples (episodes of care).' })
  couples: number;

  @Field(() => Int, { description: 'Comparison partners.' })
  partners: number;

  @Field(() => [Float], { description: 'The intake scores compared: [from, to).' })
  intakeBand: number[];

  @Field(() => [Float], { description: 'The weeks in care compared: [from, to].' })
  weeks: number[];
}

@ObjectType('PartnerProgressSummary', {
  description:
    "A partner's interdependence index in the couple's current episode of care: the full-form series (which drives every flag) and the pulse series (shown, never flagging).",
})
export class PartnerSummaryModel {
  @Field(() => ID)
  clientId: string;

  @Field()
  displayName: string;

  @Field(() => SeriesProgressModel, { description: 'Full-form index: baseline, previous, latest.' })
  index: SeriesProgressModel;

  @Field(() => SeriesProgressModel, {
    description: 'Pulse-form index (full check-ins scored on the pulse items too). Never flags.',
  })
  pulseIndex: SeriesProgressModel;

  @Field(() => Float, {
    nullable: true,
    description: 'Codependence risk of the latest full check-in of the episode.',
  })
  latestCodependenceRisk: number | null;

  @Field({
    description:
      'The latest full check-in gave the same answer to every scored item (not read as codependence).',
  })
  latestStraightLined: boolean;

  @Field(() => ExpectedChangeModel, {
    nullable: true,
    description:
      'What comparable partners changed by this point in care; null until there are enough of them or before a change is measured.',
  })
  expected: ExpectedChangeModel | null;
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
    description: 'The current episode of care (a couple discharged and reopened starts a new one).',
  })
  episodeNumber: number;

  @Field({ description: 'When the current episode of care began.' })
  episodeStartedAt: Date;

  @Field(() => Int, {
    description: 'Submitted answers no one on the care team has commented on yet.',
  })
  toReviewCount: number;

  @Field(() => Int, {
    description: 'Exercises past their due date and not submitted (one per partner who owes it).',
  })
  overdueCount: number;

  @Field(() => Int, { description: 'Check-ins past their due date, not taken and not closed.' })
  overdueCheckinCount: number;

  @Field(() => Int, { description: 'Safety alerts of this couple no one has resolved yet.' })
  openSafetyAlerts: number;

  @Field(() => Date, { nullable: true, description: 'The latest draft, submission or check-in.' })
  lastActivityAt: Date | null;

  @Field(() => [PartnerSummaryModel])
  progress: PartnerSummaryModel[];

  @Field(() => Float, {
    nullable: true,
    description:
      "Mean of the measured partners' full-form index change since baseline, in points; null while no partner's change is measured.",
  })
  indexChange: number | null;

  @Field(() => [CaseloadFlagModel])
  flags: CaseloadFlagModel[];
}

@ObjectType('CaseloadPage', { description: "One page of the counselor's caseload." })
export class CaseloadPageModel {
  @Field(() => [CaseloadCoupleModel])
  items: CaseloadCoupleModel[];

  @Field(() => Int)
  totalCount: number;

  @Field(() => Int, {
    description:
      'Episodes of care in the clinic with a full-form follow-up check-in: the pool comparison couples come from.',
  })
  expectedChangeEpisodes: number;

  @Field(() => Int, {
    description: 'Comparison couples a partner needs before "not on track" can be judged.',
  })
  expectedChangeCouplesNeeded: number;

  @Field(() => [ScoreReferenceModel], {
    description:
      'What the index changes on this page were read against: the full and pulse index references (reliability, SD, their source) of the current instrument version and of any other version shown, the same the couple page and clinic outcomes use.',
  })
  references: ScoreReferenceModel[];
}
