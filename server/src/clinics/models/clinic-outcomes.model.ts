import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { FLAG_THRESHOLDS } from '@tandem/shared';

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
  description: 'Clients by reliable change of their index since baseline (Jacobson–Truax).',
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

  @Field(() => Int, { description: 'Clients without a baseline and a later check-in yet.' })
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
