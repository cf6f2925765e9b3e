import { Module } from '@nestjs/common';
import { ClinicsResolver } from './clinics.resolver';
import { ClinicsService } from './clinics.service';

@Module({ providers: [ClinicsResolver, ClinicsService] })
export class ClinicsModule {}
