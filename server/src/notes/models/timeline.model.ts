import { createUnionType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { SessionNoteModel } from './session-note.model';

@ObjectType('NoteTimelineEntry', { description: 'A session note, at the date of its session.' })
export class NoteTimelineEntry {
  @Field(() => ID)
  id: string;

  @Field()
  at: Date;

  @Field(() => SessionNoteModel)
  note: SessionNoteModel;
}

@ObjectType('AssignmentTimelineEntry', { description: 'An exercise given to the couple.' })
export class AssignmentTimelineEntry {
  @Field(() => ID, { description: 'The assignment.' })
  id: string;

  @Field()
  at: Date;

  @Field()
  exerciseTitle: string;

  @Field(() => String, { nullable: true, description: 'The one partner it was for, if so.' })
  forName: string | null;

  @Field()
  assignedByName: string;

  @Field()
  cancelled: boolean;
}

@ObjectType('SubmissionTimelineEntry', { description: 'Answers to an exercise, submitted.' })
export class SubmissionTimelineEntry {
  @Field(() => ID, { description: 'The submission (the care team may open it).' })
  id: string;

  @Field()
  at: Date;

  @Field()
  exerciseTitle: string;

  @Field(() => String, { nullable: true, description: 'The author; null when done together.' })
  authorName: string | null;
}

@ObjectType('CheckinTimelineEntry', { description: "A partner's submitted check-in." })
export class CheckinTimelineEntry {
  @Field(() => ID, { description: 'The check-in.' })
  id: string;

  @Field()
  at: Date;

  @Field()
  clientName: string;

  @Field({ description: 'FULL or PULSE.' })
  form: string;

  @Field(() => Float, { nullable: true, description: 'The interdependence index it scored.' })
  index: number | null;
}

export type TimelineEntry =
  NoteTimelineEntry | AssignmentTimelineEntry | SubmissionTimelineEntry | CheckinTimelineEntry;

const KINDS = {
  NOTE: NoteTimelineEntry,
  ASSIGNMENT: AssignmentTimelineEntry,
  SUBMISSION: SubmissionTimelineEntry,
  CHECKIN: CheckinTimelineEntry,
};
export type TimelineKind = keyof typeof KINDS;

/** Marks which member of the union an entry is (GraphQL asks when it resolves the type). */
export const TIMELINE_KIND = Symbol('timelineKind');

export const TimelineEntryUnion = createUnionType({
  name: 'TimelineEntry',
  description: 'One event in the life of a couple in care.',
  types: () =>
    [
      NoteTimelineEntry,
      AssignmentTimelineEntry,
      SubmissionTimelineEntry,
      CheckinTimelineEntry,
    ] as const,
  resolveType: (entry: { [TIMELINE_KIND]: TimelineKind }) => KINDS[entry[TIMELINE_KIND]],
});

@ObjectType('TimelinePage', {
  description: 'Newest first: notes at their session date, the rest when they happened.',
})
export class TimelinePageModel {
  @Field(() => [TimelineEntryUnion])
  items: Array<TimelineEntry & { [TIMELINE_KIND]: TimelineKind }>;

  @Field(() => Int)
  totalCount: number;
}
