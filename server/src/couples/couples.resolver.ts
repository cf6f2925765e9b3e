import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@tandem/shared';
import { Roles } from '../access/roles.decorator';
import { CouplesService } from './couples.service';
import { CaseloadArgs } from './dto/caseload.args';
import { CaseloadPageModel } from './models/caseload.model';
import { MyCoupleModel } from './models/my-couple.model';

@Resolver()
export class CouplesResolver {
  constructor(private readonly couples: CouplesService) {}

  @Query(() => CaseloadPageModel, {
    description: "The signed-in counselor's couples, newest in care first.",
  })
  @Roles(Role.COUNSELOR)
  caseload(@Args() args: CaseloadArgs): Promise<CaseloadPageModel> {
    return this.couples.caseload(args);
  }

  @Query(() => MyCoupleModel, {
    nullable: true,
    description: "The signed-in client's active couple, or null when they are not in one.",
  })
  @Roles(Role.CLIENT)
  myCouple(): Promise<MyCoupleModel | null> {
    return this.couples.myCouple();
  }
}
