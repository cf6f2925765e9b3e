import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { FLAG_THRESHOLDS, MIN_DAYS_BETWEEN_MEASURES } from '@tandem/shared';

@ObjectType('Engagement', {
  description: `To-dos due in the last ${FLAG_THRESHOLDS.engagementWindowDays} days, and how many were submitted on time.`,
})
export class EngagementModel {
  @Field(() => Int)
  due: number;

  @Field(() => Int)
  onTime: number;

  @Field(() => Float, { nullable: true, description: 'onTime / due; null when nothing was due.' })
  rate: number | null;
}

@ObjectType('OutcomeCounts', {
  description:
    "Clients of couples in care by reliable change (Jacobson–Truax, cut-off c) of their full-form index since the baseline of the couple's current episode of care.",
})
export class OutcomeCountsModel {
  @Field(() => Int)
  recovered: number;

  @Field(() => Int)
  improved: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => Int)
  deteriorated: number;

  @Field(() => Int, {
    description: `Clients without two full check-ins at least ${MIN_DAYS_BETWEEN_MEASURES} days apart in the current episode yet.`,
  })
  notMeasured: number;
}

@ObjectType('CounselorOutcomes', { description: "One counselor's couples (as primary)." })
export class CounselorOutcomesModel {
  @Field(() => ID)
  counselorId: string;

  @Field()
  displayName: string;

  @Field(() => Int)
  coupleCount: number;

  @Field(() => EngagementModel)
  engagement: EngagementModel;

  @Field(() => OutcomeCountsModel)
  outcomes: OutcomeCountsModel;
}
