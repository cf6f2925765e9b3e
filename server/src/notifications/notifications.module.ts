import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { NotificationJobs } from './notification-jobs';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [JobsModule],
  providers: [NotificationsService, NotificationsResolver, NotificationJobs],
  exports: [NotificationsService],
})
export class NotificationsModule {}
