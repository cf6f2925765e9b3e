import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@tandem/shared';
import { AccessPolicy } from '../access/access-policy';
import { AnyRole, Roles } from '../access/roles.decorator';
import { PageArgs } from '../common/page.args';
import { validatedAs } from '../common/validated-as.pipe';
import { UUID } from '../common/uuid.pipe';
import { CouplesService } from './couples.service';
import {
  CareTeamInput,
  CoupleFilterInput,
  CreateCoupleInput,
  UpdateCoupleInput,
} from './dto/couple.inputs';
import { CoupleModel, CouplePageModel } from './models/couple.model';
import { CouplePermissionsModel } from './models/couple-permissions.model';
import { MyCoupleModel } from './models/my-couple.model';

@Resolver(() => CoupleModel)
export class CouplesResolver {
  constructor(
    private readonly couplesService: CouplesService,
    private readonly policy: AccessPolicy,
  ) {}

  @ResolveField(() => CouplePermissionsModel, {
    description:
      'What the signed-in user may do on this couple, so a client offers only what the server allows.',
  })
  viewerCan(@Parent() couple: CoupleModel): CouplePermissionsModel {
    return this.policy.abilitiesOn(couple);
  }

  @Query(() => CouplePageModel, {
    description: "Admins: the clinic's couples. Counselors: the couples on their care team.",
  })
  @Roles(Role.ADMIN, Role.COUNSELOR)
  couples(
    @Args(
      'filter',
      { type: () => CoupleFilterInput, nullable: true },
      validatedAs(CoupleFilterInput),
    )
    filter: CoupleFilterInput | null,
    @Args() page: PageArgs,
  ): Promise<CouplePageModel> {
    return this.couplesService.list(filter ?? {}, page);
  }

  @Query(() => CoupleModel, { description: 'One couple the signed-in user may see.' })
  @AnyRole()
  couple(@Args('id', { type: () => ID }, UUID) id: string): Promise<CoupleModel> {
    return this.couplesService.get(id);
  }

  @Query(() => MyCoupleModel, {
    nullable: true,
    description: "The signed-in client's active couple, or null when they are not in one.",
  })
  @Roles(Role.CLIENT)
  myCouple(): Promise<MyCoupleModel | null> {
    return this.couplesService.myCouple();
  }

  @Mutation(() => CoupleModel, {
    description: 'Forms a couple from two clients, with its care team.',
  })
  @Roles(Role.ADMIN)
  createCouple(@Args('input') input: CreateCoupleInput): Promise<CoupleModel> {
    return this.couplesService.create(input);
  }

  @Mutation(() => CoupleModel, {
    description: 'Renames a couple or changes its confidentiality policy.',
  })
  @Roles(Role.ADMIN)
  updateCouple(@Args('input') input: UpdateCoupleInput): Promise<CoupleModel> {
    return this.couplesService.update(input);
  }

  @Mutation(() => CoupleModel, {
    description: "Replaces a couple's care team (one primary counselor).",
  })
  @Roles(Role.ADMIN)
  setCareTeam(
    @Args('coupleId', { type: () => ID }, UUID) coupleId: string,
    @Args('careTeam') careTeam: CareTeamInput,
  ): Promise<CoupleModel> {
    return this.couplesService.setCareTeam(coupleId, careTeam);
  }

  @Mutation(() => CoupleModel, {
    description: "Lets the partners see each other's check-in scores, or stops it (care team).",
  })
  @Roles(Role.COUNSELOR)
  setScoreSharing(
    @Args('coupleId', { type: () => ID }, UUID) coupleId: string,
    @Args('shared') shared: boolean,
  ): Promise<CoupleModel> {
    return this.couplesService.setScoreSharing(coupleId, shared);
  }

  @Mutation(() => CoupleModel, { description: 'Ends care for a couple; its history stays.' })
  @Roles(Role.ADMIN)
  dischargeCouple(@Args('id', { type: () => ID }, UUID) id: string): Promise<CoupleModel> {
    return this.couplesService.discharge(id);
  }

  @Mutation(() => CoupleModel, { description: 'Brings a discharged couple back into care.' })
  @Roles(Role.ADMIN)
  reopenCouple(@Args('id', { type: () => ID }, UUID) id: string): Promise<CoupleModel> {
    return this.couplesService.reopen(id);
  }
}
