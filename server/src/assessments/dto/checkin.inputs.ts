import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LIMITS } from '@tandem/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsEnum,
  IsInt,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CheckinFormKind } from '../checkin-schedule.entity';

@InputType()
export class ScheduleCheckinsInput {
  @Field(() => ID)
  @IsUUID()
  coupleId: string;

  @Field(() => CheckinFormKind)
  @IsEnum(CheckinFormKind)
  form: CheckinFormKind;

  @Field(() => Int, { description: 'Weeks between check-ins, 1 to 12.' })
  @IsInt()
  @Min(1)
  @Max(12)
  everyWeeks: number;

  @Field({ description: 'The first due date.' })
  @Type(() => Date)
  @IsDate()
  startsAt: Date;

  @Field({ description: 'The last day a check-in may fall on (at most 52 weeks on).' })
  @Type(() => Date)
  @IsDate()
  until: Date;
}

@InputType()
export class CheckinAnswerInput {
  @Field()
  @IsString()
  @MaxLength(LIMITS.promptKeyMaxLength)
  itemKey: string;

  @Field(() => Int)
  @IsInt()
  value: number;
}

@InputType()
export class SaveCheckinInput {
  @Field(() => ID)
  @IsUUID()
  checkinId: string;

  @Field(() => [CheckinAnswerInput])
  @IsArray()
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => CheckinAnswerInput)
  answers: CheckinAnswerInput[];
}

@InputType()
export class SubmitCheckinInput extends SaveCheckinInput {
  @Field({ description: 'Made once per submit; a retry with it returns the same check-in.' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, {
    message: 'The idempotency key is 8 to 64 letters, digits, - or _',
  })
  idempotencyKey: string;
}
