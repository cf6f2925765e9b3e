import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@tandem/shared';
import { Roles } from '../access/roles.decorator';
import { PageArgs } from '../common/page.args';
import { UUID } from '../common/uuid.pipe';
import { ResolveSafetyAlertArgs } from './dto/safety-alert.args';
import { SafetyAlertModel, SafetyAlertPageModel } from './models/safety-alert.model';
import { SafetyService } from './safety.service';

/**
 * Safety alerts, for the couple's care team alone (an admin only as a member of it). No
 * client-facing query or subscription returns anything about them.
 */
@Resolver()
export class SafetyResolver {
  constructor(private readonly safety: SafetyService) {}

  @Query(() => SafetyAlertPageModel, {
    description:
      "A couple's safety alerts: open ones first, newest first. For the care team alone; audited.",
  })
  @Roles(Role.COUNSELOR, Role.ADMIN)
  safetyAlerts(
    @Args('coupleId', { type: () => ID }, UUID) coupleId: string,
    @Args('includeResolved', { defaultValue: false }) includeResolved: boolean,
    @Args() page: PageArgs,
  ): Promise<SafetyAlertPageModel> {
    return this.safety.forCouple(coupleId, includeResolved, page);
  }

  @Mutation(() => SafetyAlertModel, {
    description:
      'Closes a safety alert after the individual safety check, with a note of it. Once only (CONFLICT after); audited.',
  })
  @Roles(Role.COUNSELOR, Role.ADMIN)
  resolveSafetyAlert(
    @Args() { id, resolution }: ResolveSafetyAlertArgs,
  ): Promise<SafetyAlertModel> {
    return this.safety.resolve(id, resolution);
  }
}
