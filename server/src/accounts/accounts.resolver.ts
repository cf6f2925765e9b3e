import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@tandem/shared';
import { Public } from '../access/public.decorator';
import { AnyRole, Roles } from '../access/roles.decorator';
import { ViewerModel } from '../auth/models/viewer.model';
import { type HttpContext, setSessionCookie } from '../auth/session-cookie';
import { PageArgs } from '../common/page.args';
import { validatedAs } from '../common/validated-as.pipe';
import { UUID } from '../common/uuid.pipe';
import type { Environment } from '../config/environment';
import { InjectEnvironment } from '../config/environment.provider';
import { AccountsService } from './accounts.service';
import {
  AcceptInvitationInput,
  AccountFilterInput,
  ChangePasswordInput,
  InviteUserInput,
  UpdateAccountInput,
} from './dto/account.inputs';
import { InvitationsService } from './invitations.service';
import { AccountModel, AccountPageModel } from './models/account.model';
import {
  InvitationLinkModel,
  InvitationModel,
  InvitationPageModel,
  InvitationPreviewModel,
  InvitationStatus,
} from './models/invitation.model';
import { UserStatus } from './user.entity';

@Resolver()
export class AccountsResolver {
  constructor(
    private readonly accountsService: AccountsService,
    private readonly invitationsService: InvitationsService,
    @InjectEnvironment() private readonly environment: Environment,
  ) {}

  @Query(() => AccountPageModel, { description: "The clinic's accounts, by name." })
  @Roles(Role.ADMIN)
  accounts(
    @Args(
      'filter',
      { type: () => AccountFilterInput, nullable: true },
      validatedAs(AccountFilterInput),
    )
    filter: AccountFilterInput | null,
    @Args() page: PageArgs,
  ): Promise<AccountPageModel> {
    return this.accountsService.list(filter ?? {}, page);
  }

  @Mutation(() => AccountModel, { description: 'Changes the name or email of an account.' })
  @Roles(Role.ADMIN)
  updateAccount(@Args('input') input: UpdateAccountInput): Promise<AccountModel> {
    return this.accountsService.update(input);
  }

  @Mutation(() => AccountModel, {
    description: 'Stops an account from signing in and ends its sessions.',
  })
  @Roles(Role.ADMIN)
  deactivateAccount(@Args('id', { type: () => ID }, UUID) id: string): Promise<AccountModel> {
    return this.accountsService.setStatus(id, UserStatus.DEACTIVATED);
  }

  @Mutation(() => AccountModel, { description: 'Lets a deactivated account sign in again.' })
  @Roles(Role.ADMIN)
  reactivateAccount(@Args('id', { type: () => ID }, UUID) id: string): Promise<AccountModel> {
    return this.accountsService.setStatus(id, UserStatus.ACTIVE);
  }

  @Mutation(() => Boolean, {
    description: "Changes the signed-in user's password; their other sessions end.",
  })
  @AnyRole()
  changePassword(@Args('input') input: ChangePasswordInput): Promise<boolean> {
    return this.accountsService.changePassword(input);
  }

  @Query(() => InvitationPageModel, { description: "The clinic's invitations, newest first." })
  @Roles(Role.ADMIN)
  invitations(
    @Args('status', { type: () => InvitationStatus, nullable: true })
    status: InvitationStatus | null,
    @Args() page: PageArgs,
  ): Promise<InvitationPageModel> {
    return this.invitationsService.list(status ?? undefined, page);
  }

  @Mutation(() => InvitationLinkModel, {
    description: 'Invites a counselor or client; returns the link once.',
  })
  @Roles(Role.ADMIN)
  inviteUser(@Args('input') input: InviteUserInput): Promise<InvitationLinkModel> {
    return this.invitationsService.invite(input);
  }

  @Mutation(() => InvitationLinkModel, {
    description: 'Replaces an open invitation’s link and restarts its 7 days.',
  })
  @Roles(Role.ADMIN)
  resendInvitation(@Args('id', { type: () => ID }, UUID) id: string): Promise<InvitationLinkModel> {
    return this.invitationsService.resend(id);
  }

  @Mutation(() => InvitationModel, {
    description: 'Withdraws an open invitation; its link stops working.',
  })
  @Roles(Role.ADMIN)
  revokeInvitation(@Args('id', { type: () => ID }, UUID) id: string): Promise<InvitationModel> {
    return this.invitationsService.revoke(id);
  }

  @Query(() => InvitationPreviewModel, {
    description: 'Who an invitation link is for, before accepting it.',
  })
  @Public()
  invitationPreview(@Args('token') token: string): Promise<InvitationPreviewModel> {
    return this.invitationsService.preview(token);
  }

  @Mutation(() => ViewerModel, {
    description: 'Sets the password of an invited account and signs in.',
  })
  @Public()
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @Context() { req, res }: HttpContext,
  ) {
    const { viewer, session } = await this.invitationsService.accept(input.token, input.password);
    setSessionCookie(req, res, session.token, this.environment.SESSION_ABSOLUTE_HOURS);
    return viewer;
  }
}
