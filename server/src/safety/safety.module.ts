import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { LiveModule } from '../live/live.module';
import { SafetyJobs } from './safety-jobs';
import { SafetyResolver } from './safety.resolver';
import { SafetyService } from './safety.service';

@Module({
  imports: [JobsModule, LiveModule],
  providers: [SafetyService, SafetyResolver, SafetyJobs],
  exports: [SafetyService],
})
export class SafetyModule {}
