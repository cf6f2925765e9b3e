import { Module } from '@nestjs/common';
import { LiveModule } from '../live/live.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { AssignmentsResolver } from './assignments.resolver';
import { AssignmentsService } from './assignments.service';
import { SubmissionExerciseResolver } from './submission-exercise.resolver';
import { SubmissionReader } from './submission-reader';
import { TodosResolver } from './todos.resolver';
import { TodosService } from './todos.service';

@Module({
  imports: [NotificationsModule, LiveModule],
  providers: [
    AssignmentsResolver,
    AssignmentsService,
    TodosResolver,
    TodosService,
    SubmissionReader,
    SubmissionExerciseResolver,
  ],
})
export class AssignmentsModule {}
