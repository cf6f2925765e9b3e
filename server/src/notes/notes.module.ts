import { Module } from '@nestjs/common';
import { NoteReader } from './note-reader';
import { NotesResolver } from './notes.resolver';
import { NotesService } from './notes.service';
import { TimelineResolver } from './timeline.resolver';
import { TimelineService } from './timeline.service';

@Module({
  providers: [NotesResolver, NotesService, NoteReader, TimelineResolver, TimelineService],
})
export class NotesModule {}
