import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@tandem/shared';
import { Public } from '../access/public.decorator';
import { Roles } from '../access/roles.decorator';
import { UUID } from '../common/uuid.pipe';
import { RequestPasswordResetInput, ResetPasswordInput } from './dto/password-reset.inputs';
import { PasswordResetLinkModel } from './models/password-reset-link.model';
import { PasswordResetService } from './password-reset.service';

@Resolver()
export class PasswordResetResolver {
  constructor(private readonly passwordReset: PasswordResetService) {}

  @Mutation(() => String, {
    description:
      'Emails a password reset link to the address, if it has an account. The answer is the ' +
      'same either way.',
  })
  @Public()
  requestPasswordReset(@Args('input') input: RequestPasswordResetInput): Promise<string> {
    return this.passwordReset.request(input.email);
  }

  @Mutation(() => Boolean, {
    description:
      "Sets a new password with a reset link; the link is used up and the account's sessions end.",
  })
  @Public()
  resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    return this.passwordReset.reset(input.token, input.password);
  }

  @Mutation(() => PasswordResetLinkModel, {
    description:
      "Issues a password reset link for an account of the clinic and ends the account's sessions; " +
      'returns the link once.',
  })
  @Roles(Role.ADMIN)
  issuePasswordReset(
    @Args('id', { type: () => ID }, UUID) id: string,
  ): Promise<PasswordResetLinkModel> {
    return this.passwordReset.issue(id);
  }
}
