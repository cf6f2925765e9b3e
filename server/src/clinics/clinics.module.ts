import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module';
import { ClinicsResolver } from './clinics.resolver';
import { ClinicsService } from './clinics.service';

@Module({ imports: [AssessmentsModule], providers: [ClinicsResolver, ClinicsService] })
export class ClinicsModule {}
