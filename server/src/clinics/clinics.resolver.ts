import { Query, Resolver } from '@nestjs/graphql';
import { Role } from '@tandem/shared';
import { Roles } from '../access/roles.decorator';
import { ClinicsService } from './clinics.service';
import { ClinicOverviewModel } from './models/clinic-overview.model';

@Resolver(() => ClinicOverviewModel)
export class ClinicsResolver {
  constructor(private readonly clinics: ClinicsService) {}

  @Query(() => ClinicOverviewModel, {
    description: "Head counts for the signed-in admin's clinic.",
  })
  @Roles(Role.ADMIN)
  clinicOverview(): Promise<ClinicOverviewModel> {
    return this.clinics.overview();
  }
}
