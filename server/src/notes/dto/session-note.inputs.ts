import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { LIMITS } from '@tandem/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsString,
  IsUUID,
  Length,
  MaxDate,
  MinDate,
} from 'class-validator';
import { trimmed } from '../../common/transforms';

const DAY = 86_400_000;
/** Older sessions than this are typing mistakes, not history. */
const EARLIEST_SESSION = new Date('2000-01-01T00:00:00Z');

@InputType({ description: 'What a session note says; an edit sends the whole of it again.' })
export class SessionNoteContentInput {
  @Field({ description: 'When the session took place; at most a day ahead.' })
  @Type(() => Date)
  @IsDate({ message: 'Give the date of the session.' })
  @MinDate(EARLIEST_SESSION, { message: 'The session date is too far in the past.' })
  @MaxDate(() => new Date(Date.now() + LIMITS.noteSessionDaysAheadMax * DAY), {
    message: 'The session date cannot be in the future.',
  })
  sessionAt: Date;

  @Field({ description: `Markdown, 1 to ${LIMITS.sessionNoteMaxLength} characters.` })
  @Transform(trimmed)
  @IsString()
  @Length(1, LIMITS.sessionNoteMaxLength, {
    message: `Write a note of 1 to ${LIMITS.sessionNoteMaxLength} characters.`,
  })
  body: string;

  @Field(() => [ID], {
    defaultValue: [],
    description: 'Exercises given to this couple that the session discussed.',
  })
  @IsArray()
  @ArrayMaxSize(LIMITS.noteLinksMax, {
    message: `Link at most ${LIMITS.noteLinksMax} exercises.`,
  })
  @IsUUID('all', { each: true, message: 'That id is not a valid Tandem id.' })
  assignmentIds: string[] = [];

  @Field(() => [ID], {
    defaultValue: [],
    description: "This couple's check-ins that the session discussed.",
  })
  @IsArray()
  @ArrayMaxSize(LIMITS.noteLinksMax, { message: `Link at most ${LIMITS.noteLinksMax} check-ins.` })
  @IsUUID('all', { each: true, message: 'That id is not a valid Tandem id.' })
  checkinIds: string[] = [];
}

@ArgsType()
export class RetractNoteArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'That id is not a valid Tandem id.' })
  id: string;

  @Field({ description: 'Why the note is retracted; the care team sees it with the note.' })
  @Transform(trimmed)
  @IsString()
  @Length(1, LIMITS.noteRetractionReasonMaxLength, {
    message: `Give a reason for retracting the note (1 to ${LIMITS.noteRetractionReasonMaxLength} characters).`,
  })
  reason: string;
}
