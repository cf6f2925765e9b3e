import { Module } from '@nestjs/common';
import { CaseloadResolver } from './caseload.resolver';
import { CaseloadService } from './caseload.service';

@Module({ providers: [CaseloadResolver, CaseloadService] })
export class InsightsModule {}
