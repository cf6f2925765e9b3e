import { Module } from '@nestjs/common';
import { LiveModule } from '../live/live.module';
import { NoteReader } from './note-reader';
import { NotesResolver } from './notes.resolver';
import { NotesService } from './notes.service';
import { TimelineResolver } from './timeline.resolver';
import { TimelineService } from './timeline.service';

@Module({
  imports: [LiveModule],
  providers: [NotesResolver, NotesService, NoteReader, TimelineResolver, TimelineService],
})
export class NotesModule {}
