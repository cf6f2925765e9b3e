import { Module } from '@nestjs/common';
import { LiveModule } from '../live/live.module';
import { SafetyModule } from '../safety/safety.module';
import { AssessmentsResolver } from './assessments.resolver';
import { CheckinsService } from './checkins.service';
import { ProgressReader } from './progress.reader';
import { ReliabilityService } from './reliability.service';
import { TrendsService } from './trends.service';

@Module({
  imports: [LiveModule, SafetyModule],
  providers: [
    AssessmentsResolver,
    CheckinsService,
    TrendsService,
    ReliabilityService,
    ProgressReader,
  ],
  exports: [ReliabilityService, ProgressReader],
})
export class AssessmentsModule {}
