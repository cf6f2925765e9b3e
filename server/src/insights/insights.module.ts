import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module';
import { CaseloadResolver } from './caseload.resolver';
import { CaseloadService } from './caseload.service';
import { ExpectedChangeService } from './expected-change.service';

@Module({
  imports: [AssessmentsModule],
  providers: [CaseloadResolver, CaseloadService, ExpectedChangeService],
})
export class InsightsModule {}
