import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@tandem/shared';
import { Public } from '../access/public.decorator';
import { Roles } from '../access/roles.decorator';
import { UUID } from '../common/uuid.pipe';
import type { Environment } from '../config/environment';
import { InjectEnvironment } from '../config/environment.provider';
import { SecondFactorCodeInput } from './dto/two-factor.inputs';
import { TotpEnrolmentModel, TwoFactorStatusModel } from './models/two-factor.model';
import { ViewerModel } from './models/viewer.model';
import { clearPendingLoginCookie, readPendingLoginToken } from './pending-login-cookie';
import { type HttpContext, setSessionCookie } from './session-cookie';
import { TwoFactorService } from './two-factor.service';

const STAFF = [Role.ADMIN, Role.COUNSELOR] as const;

@Resolver()
export class TwoFactorResolver {
  constructor(
    private readonly twoFactor: TwoFactorService,
    @InjectEnvironment() private readonly environment: Environment,
  ) {}

  @Mutation(() => ViewerModel, {
    description:
      'The second step of a sign-in that answered TWO_FACTOR_REQUIRED: an authenticator code ' +
      'or a recovery code. Sets the session cookie.',
  })
  @Public()
  async completeLogin(
    @Args('input') input: SecondFactorCodeInput,
    @Context() { req, res }: HttpContext,
  ) {
    const pending = readPendingLoginToken(req.headers.cookie);
    const { viewer, session } = await this.twoFactor.completeLogin(pending, input.code);
    clearPendingLoginCookie(req, res);
    setSessionCookie(req, res, session.token, this.environment.SESSION_ABSOLUTE_HOURS);
    return viewer;
  }

  @Query(() => TwoFactorStatusModel, { description: "The signed-in staff member's two-factor." })
  @Roles(...STAFF)
  twoFactorStatus(): Promise<TwoFactorStatusModel> {
    return this.twoFactor.status();
  }

  @Mutation(() => TotpEnrolmentModel, {
    description: 'Starts setting up an authenticator app; its secret is shown only now.',
  })
  @Roles(...STAFF)
  startTotpEnrolment(): Promise<TotpEnrolmentModel> {
    return this.twoFactor.startEnrolment();
  }

  @Mutation(() => [String], {
    description:
      "Turns two-factor sign-in on with the app's first code; returns ten one-use recovery " +
      'codes, shown only now.',
  })
  @Roles(...STAFF)
  confirmTotpEnrolment(@Args('input') input: SecondFactorCodeInput): Promise<string[]> {
    return this.twoFactor.confirmEnrolment(input.code);
  }

  @Mutation(() => Boolean, {
    description: 'Turns two-factor sign-in off, with a current authenticator code.',
  })
  @Roles(...STAFF)
  disableTwoFactor(@Args('input') input: SecondFactorCodeInput): Promise<boolean> {
    return this.twoFactor.disable(input.code);
  }

  @Mutation(() => Boolean, {
    description:
      "Removes a staff member's second factors (lost authenticator and codes) and ends their " +
      'sessions.',
  })
  @Roles(Role.ADMIN)
  resetTwoFactor(@Args('id', { type: () => ID }, UUID) id: string): Promise<boolean> {
    return this.twoFactor.reset(id);
  }
}
