import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum NoteLinkKind {
  ASSIGNMENT = 'ASSIGNMENT',
  CHECKIN = 'CHECKIN',
}
registerEnumType(NoteLinkKind, {
  name: 'NoteLinkKind',
  description: 'What a session note links to: an exercise given to the couple, or a check-in.',
});

@ObjectType('NoteLink', { description: 'An exercise (assignment) or check-in a note discusses.' })
export class NoteLinkModel {
  @Field(() => NoteLinkKind)
  kind: NoteLinkKind;

  @Field(() => ID, { description: 'The assignment or check-in.' })
  id: string;

  @Field({ description: "The exercise's title, or which check-in form." })
  title: string;

  @Field(() => String, {
    nullable: true,
    description: 'The partner it was for, when it was for one partner.',
  })
  personName: string | null;

  @Field({ description: 'When the exercise was given, or when the check-in was due.' })
  at: Date;
}

/** The fields every version of a note has. */
@ObjectType('SessionNoteContent', { isAbstract: true })
export class SessionNoteContentModel {
  @Field(() => Int)
  version: number;

  @Field({ description: 'When the session took place.' })
  sessionAt: Date;

  @Field({ description: 'Markdown, shown as text: raw HTML is never rendered.' })
  body: string;

  @Field(() => [NoteLinkModel])
  links: NoteLinkModel[];

  @Field({ description: 'Who wrote this version.' })
  editedByName: string;

  @Field()
  editedAt: Date;

  /** Internal: the links' ids, resolved to `links` in one statement for many notes. */
  assignmentIds: string[];
  checkinIds: string[];
}

@ObjectType('SessionNoteVersion', {
  description: 'One version of a session note, as it was saved.',
})
export class SessionNoteVersionModel extends SessionNoteContentModel {}

@ObjectType('SessionNote', {
  description:
    "A counselor's note on a session with a couple, for the care team alone. Edits keep every version; a note is retracted (with a reason), never deleted.",
})
export class SessionNoteModel extends SessionNoteContentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  coupleId: string;

  @Field({ description: 'Who wrote the first version.' })
  authorName: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  retractedAt: Date | null;

  @Field(() => String, { nullable: true })
  retractedByName: string | null;

  @Field(() => String, { nullable: true })
  retractionReason: string | null;
}

@ObjectType('SessionNotePage')
export class SessionNotePageModel {
  @Field(() => [SessionNoteModel])
  items: SessionNoteModel[];

  @Field(() => Int)
  totalCount: number;
}
