import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@tandem/shared';
import { Roles } from '../access/roles.decorator';
import { CaseloadArgs } from './caseload.args';
import { CaseloadService } from './caseload.service';
import { CaseloadPageModel } from './models/caseload.model';

@Resolver()
export class CaseloadResolver {
  constructor(private readonly caseloadService: CaseloadService) {}

  @Query(() => CaseloadPageModel, {
    description:
      "The signed-in counselor's couples with progress and flags; most in need of attention first.",
  })
  @Roles(Role.COUNSELOR)
  caseload(@Args() args: CaseloadArgs): Promise<CaseloadPageModel> {
    return this.caseloadService.caseload(args);
  }
}
