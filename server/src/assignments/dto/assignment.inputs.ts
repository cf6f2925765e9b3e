import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LIMITS } from '@tandem/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { trimmed } from '../../common/transforms';
import { Recurrence } from '../assignment.entity';
import { Sharing } from '../submission.entity';

@InputType()
export class AssignExerciseInput {
  @Field(() => ID)
  @IsUUID()
  coupleId: string;

  @Field(() => ID)
  @IsUUID()
  exerciseId: string;

  @Field(() => ID, { nullable: true, description: 'One partner; leave out for both.' })
  @IsOptional()
  @IsUUID()
  clientId?: string | null;

  @Field({ description: 'When the first (or only) occurrence is due.' })
  @Type(() => Date)
  @IsDate()
  dueAt: Date;

  @Field(() => Recurrence, { defaultValue: Recurrence.NONE })
  @IsEnum(Recurrence)
  recurrence: Recurrence = Recurrence.NONE;

  @Field(() => Date, { nullable: true, description: 'The last day a recurring one may fall on.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  repeatUntil?: Date | null;

  @Field(() => String, { nullable: true, description: 'A note to the clients.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(LIMITS.assignmentNoteMaxLength)
  note?: string | null;
}

@InputType()
export class AnswerInput {
  @Field()
  @IsString()
  @MaxLength(LIMITS.promptKeyMaxLength)
  promptKey: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  // The prompt's own limit is checked against the exercise; this bounds the request.
  @MaxLength(LIMITS.textAnswerMaxLength)
  text?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  value?: number | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.promptOptionsMax)
  @IsString({ each: true })
  @MaxLength(LIMITS.promptKeyMaxLength, { each: true })
  optionKeys?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  plannedAt?: string | null;
}

@InputType()
export class SaveDraftInput {
  @Field(() => ID, { description: 'The to-do (occurrence).' })
  @IsUUID()
  todoId: string;

  @Field(() => [AnswerInput])
  @IsArray()
  @ArrayMaxSize(LIMITS.promptsMax)
  @ValidateNested({ each: true })
  @Type(() => AnswerInput)
  answers: AnswerInput[];
}

@InputType()
export class SubmitExerciseInput extends SaveDraftInput {
  @Field(() => Sharing, {
    defaultValue: Sharing.PRIVATE,
    description: "Individual exercises only; a joint submission is the couple's own.",
  })
  @IsEnum(Sharing)
  sharing: Sharing = Sharing.PRIVATE;

  @Field({
    description: 'Made once per submit by the client; a retry with it returns the same submission.',
  })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, {
    message: 'The idempotency key is 8 to 64 letters, digits, - or _',
  })
  idempotencyKey: string;
}
