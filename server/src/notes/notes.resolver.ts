import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@tandem/shared';
import { Roles } from '../access/roles.decorator';
import { PageArgs } from '../common/page.args';
import { UUID } from '../common/uuid.pipe';
import { RetractNoteArgs, SessionNoteContentInput } from './dto/session-note.inputs';
import {
  SessionNoteModel,
  SessionNotePageModel,
  SessionNoteVersionModel,
} from './models/session-note.model';
import { NotesService } from './notes.service';

/**
 * Session notes, for the couple's care team alone. Admins pass the role check but reach a
 * couple's notes only when they are on its care team (the access policy decides).
 */
@Resolver()
export class NotesResolver {
  constructor(private readonly notes: NotesService) {}

  @Query(() => SessionNotePageModel, {
    description: "A couple's session notes, latest session first. Audited.",
  })
  @Roles(Role.COUNSELOR, Role.ADMIN)
  sessionNotes(
    @Args('coupleId', { type: () => ID }, UUID) coupleId: string,
    @Args('includeRetracted', { defaultValue: true }) includeRetracted: boolean,
    @Args() page: PageArgs,
  ): Promise<SessionNotePageModel> {
    return this.notes.forCouple(coupleId, includeRetracted, page);
  }

  @Query(() => SessionNoteModel, { description: 'One session note. Audited.' })
  @Roles(Role.COUNSELOR, Role.ADMIN)
  sessionNote(@Args('id', { type: () => ID }, UUID) id: string): Promise<SessionNoteModel> {
    return this.notes.get(id);
  }

  @Query(() => [SessionNoteVersionModel], {
    description:
      'Every version of a session note, the latest first: who changed it and when. Audited.',
  })
  @Roles(Role.COUNSELOR, Role.ADMIN)
  sessionNoteHistory(
    @Args('id', { type: () => ID }, UUID) id: string,
  ): Promise<SessionNoteVersionModel[]> {
    return this.notes.history(id);
  }

  @Mutation(() => SessionNoteModel, { description: 'Writes a session note on a couple.' })
  @Roles(Role.COUNSELOR, Role.ADMIN)
  writeSessionNote(
    @Args('coupleId', { type: () => ID }, UUID) coupleId: string,
    @Args('input') input: SessionNoteContentInput,
  ): Promise<SessionNoteModel> {
    return this.notes.write(coupleId, input);
  }

  @Mutation(() => SessionNoteModel, {
    description: 'Saves a new version of a session note; the earlier ones stay in its history.',
  })
  @Roles(Role.COUNSELOR, Role.ADMIN)
  editSessionNote(
    @Args('id', { type: () => ID }, UUID) id: string,
    @Args('expectedVersion', {
      type: () => Int,
      description: 'The version the edit started from; a newer one answers CONFLICT.',
    })
    expectedVersion: number,
    @Args('input') input: SessionNoteContentInput,
  ): Promise<SessionNoteModel> {
    return this.notes.edit(id, expectedVersion, input);
  }

  @Mutation(() => SessionNoteModel, {
    description:
      'Retracts a session note with a reason. It is never deleted: the care team still sees it, marked retracted.',
  })
  @Roles(Role.COUNSELOR, Role.ADMIN)
  retractSessionNote(@Args() { id, reason }: RetractNoteArgs): Promise<SessionNoteModel> {
    return this.notes.retract(id, reason);
  }
}
