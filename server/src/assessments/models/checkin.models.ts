import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ProgressStatus } from '../../assignments/models/assignment.model';
import { CheckinFormKind } from '../checkin-schedule.entity';
import { ScoreKeyName } from '../checkin-score.entity';
import { SeriesProgressModel } from './progress.models';

registerEnumType(CheckinFormKind, {
  name: 'CheckinForm',
  valuesMap: {
    FULL: { description: 'Every item of the check-in.' },
    PULSE: { description: 'One item per dimension: about a minute.' },
  },
});
registerEnumType(ScoreKeyName, {
  name: 'ScoreKey',
  description: 'A dimension of the check-in, or INDEX: the mean of the five positive ones.',
});

export enum ReliabilitySource {
  DEFAULT = 'DEFAULT',
  CLINIC = 'CLINIC',
}
registerEnumType(ReliabilitySource, {
  name: 'ReliabilitySource',
  valuesMap: {
    DEFAULT: {
      description:
        "The instrument's provisional default: the norm's clinical SD and alpha for the full form, derived by Spearman–Brown for the pulse.",
    },
    CLINIC: {
      description:
        "Estimated from this clinic's intake responses (each client's first full check-in of the version): adopted only with at least 100 clients and a Feldt 95 % lower bound of at least .70; the SD comes from the same sample.",
    },
  },
});

@ObjectType('InstrumentItem')
export class InstrumentItemModel {
  @Field()
  key: string;

  @Field()
  text: string;

  @Field(() => ScoreKeyName, { description: 'The dimension it measures.' })
  dimension: ScoreKeyName;
}

@ObjectType('InstrumentSafetyItem', {
  description:
    'A statement about feeling safe with the partner, asked on every form after the scored items and never scored.',
})
export class InstrumentSafetyItemModel {
  @Field()
  key: string;

  @Field()
  text: string;
}

@ObjectType('InstrumentScale')
export class InstrumentScaleModel {
  @Field(() => Int)
  min: number;

  @Field(() => Int)
  max: number;

  @Field(() => [String], { description: 'A label for each value from min to max.' })
  labels: string[];
}

@ObjectType('CheckinSchedule')
export class CheckinScheduleModel {
  @Field(() => ID)
  id: string;

  @Field(() => CheckinFormKind)
  form: CheckinFormKind;

  @Field(() => Int)
  everyWeeks: number;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'The next due date not yet passed.' })
  nextDueAt: Date | null;

  @Field(() => Int, { description: 'Check-ins taken so far (both partners).' })
  takenCount: number;
}

@ObjectType('CheckinAnswer')
export class CheckinAnswerModel {
  @Field()
  itemKey: string;

  @Field(() => Int)
  value: number;
}

@ObjectType('CheckinTodo', { description: "One of the signed-in client's check-ins." })
export class CheckinTodoModel {
  @Field(() => ID)
  id: string;

  @Field(() => CheckinFormKind)
  form: CheckinFormKind;

  @Field()
  dueAt: Date;

  @Field(() => ProgressStatus)
  status: ProgressStatus;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;
}

@ObjectType('CheckinTodoPage')
export class CheckinTodoPageModel {
  @Field(() => [CheckinTodoModel])
  items: CheckinTodoModel[];

  @Field(() => Int)
  totalCount: number;
}

@ObjectType('CheckinDetail')
export class CheckinDetailModel extends CheckinTodoModel {
  @Field(() => [InstrumentItemModel], { description: 'The items of its form, in order.' })
  items: InstrumentItemModel[];

  @Field(() => [InstrumentSafetyItemModel], {
    description: 'Safety statements, asked after the items; every one must be answered to submit.',
  })
  safetyItems: InstrumentSafetyItemModel[];

  @Field({
    description:
      'The same answer was given to every scored item: the scores say little about the client.',
  })
  straightLined: boolean;

  @Field(() => InstrumentScaleModel)
  scale: InstrumentScaleModel;

  @Field(() => [CheckinAnswerModel])
  answers: CheckinAnswerModel[];

  @Field(() => Date, { nullable: true })
  updatedAt: Date | null;
}

@ObjectType('ScorePoint')
export class ScorePointModel {
  @Field(() => ID)
  checkinId: string;

  @Field()
  takenAt: Date;

  @Field(() => CheckinFormKind, {
    description:
      'The form the score was computed from: a full check-in is scored on all items (FULL) and on its pulse items (PULSE).',
  })
  form: CheckinFormKind;

  @Field(() => Int, { description: 'The instrument version the check-in was answered on.' })
  instrumentVersion: number;

  @Field(() => ScoreKeyName)
  key: ScoreKeyName;

  @Field(() => Float, { description: '0–100.' })
  score: number;

  @Field({
    description:
      'The check-in gave the same answer to every scored item of its form: read its scores with care (never a codependence flag by itself).',
  })
  straightLined: boolean;
}

@ObjectType('ScoreSeries', { description: "One partner's scores over time." })
export class ScoreSeriesModel {
  @Field(() => ID)
  clientId: string;

  @Field()
  displayName: string;

  @Field(() => [ScorePointModel], { description: 'Within the range asked for, oldest first.' })
  points: ScorePointModel[];

  @Field(() => [ScorePointModel], {
    description:
      'The first score of each form, instrument version and key in the episode of care: what change is measured from.',
  })
  baselines: ScorePointModel[];

  @Field(() => [SeriesProgressModel], {
    description:
      "Baseline, previous and latest with the change since each, for every key and form of the partner's latest instrument version in the episode (whatever the range): the numbers the caseload shows.",
  })
  progress: SeriesProgressModel[];
}

@ObjectType('TrendEvent', { description: 'An exercise submitted, to place beside the scores.' })
export class TrendEventModel {
  @Field()
  at: Date;

  @Field()
  title: string;

  @Field(() => ID, { nullable: true, description: 'Null for a joint exercise.' })
  clientId: string | null;
}

@ObjectType('ScoreReference', {
  description:
    'What a score of one form and instrument version is read against: cut-offs from the norms, SD and reliability for reliable change.',
})
export class ScoreReferenceModel {
  @Field(() => ScoreKeyName)
  key: ScoreKeyName;

  @Field(() => CheckinFormKind)
  form: CheckinFormKind;

  @Field(() => Int)
  instrumentVersion: number;

  @Field()
  higherIsBetter: boolean;

  @Field(() => Float, { description: 'The cut-off used (see cutoffUsed): c.' })
  cutoff: number;

  @Field(() => Float, {
    description: 'Jacobson–Truax a: two clinical SDs past the clinical mean, the healthy way.',
  })
  cutoffA: number;

  @Field(() => Float, {
    description: 'Jacobson–Truax b: two functional SDs short of the functional mean.',
  })
  cutoffB: number;

  @Field(() => Float, {
    description:
      'Jacobson–Truax c: between the clinical and functional means, weighted by the SDs.',
  })
  cutoffC: number;

  @Field({ description: "The cut-off Tandem uses: 'c' (both norms exist)." })
  cutoffUsed: string;

  @Field(() => Float, {
    description: "The SD used for reliable change (the norm's clinical SD, or the clinic's).",
  })
  sd: number;

  @Field(() => Float, {
    description:
      "The reliability used for reliable change: Cronbach's alpha (full dimensions), stratified alpha (index) or a Spearman–Brown estimate (pulse dimensions).",
  })
  reliability: number;

  @Field(() => ReliabilitySource)
  reliabilitySource: ReliabilitySource;

  @Field(() => Float, {
    nullable: true,
    description: "Feldt 95 % lower bound of the clinic's estimate; null for the default.",
  })
  reliabilityLower: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Feldt 95 % upper bound of the clinic's estimate; null for the default.",
  })
  reliabilityUpper: number | null;

  @Field(() => Int, {
    description:
      "Clients in the clinic's intake sample for this version (each client's first full response), whether or not the estimate was adopted.",
  })
  sampleSize: number;

  @Field({ description: 'The norms are provisional, pending validation.' })
  provisional: boolean;
}

@ObjectType('TrendEpisode', { description: "The couple's episode of care the trends are of." })
export class TrendEpisodeModel {
  @Field(() => Int, { description: '1 for the first; a reopened couple starts the next.' })
  number: number;

  @Field()
  startedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Null while the episode is open.' })
  endedAt: Date | null;
}

@ObjectType('Trends')
export class TrendsModel {
  @Field(() => ID)
  coupleId: string;

  @Field(() => TrendEpisodeModel, {
    nullable: true,
    description: "The couple's current episode of care: every score here belongs to it.",
  })
  episode: TrendEpisodeModel | null;

  @Field(() => [ScoreSeriesModel], { description: 'One per partner the viewer may see.' })
  series: ScoreSeriesModel[];

  @Field(() => [TrendEventModel])
  events: TrendEventModel[];

  @Field(() => [ScoreReferenceModel], {
    description: 'One per instrument version, form and key of the scores shown.',
  })
  references: ScoreReferenceModel[];
}
