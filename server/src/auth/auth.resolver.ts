import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../access/public.decorator';
import { AnyRole } from '../access/roles.decorator';
import type { Environment } from '../config/environment';
import { InjectEnvironment } from '../config/environment.provider';
import { twoFactorRequired } from '../graphql/errors';
import { AuthService } from './auth.service';
import { LoginInput } from './dto/login.input';
import { ViewerModel } from './models/viewer.model';
import {
  clearPendingLoginCookie,
  readPendingLoginToken,
  setPendingLoginCookie,
} from './pending-login-cookie';
import { readSessionToken } from './secret-token';
import { clearSessionCookie, type HttpContext, setSessionCookie } from './session-cookie';

@Resolver(() => ViewerModel)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    @InjectEnvironment() private readonly environment: Environment,
  ) {}

  @Query(() => ViewerModel, { description: 'The signed-in user.' })
  @AnyRole()
  me(): Promise<ViewerModel> {
    return this.auth.viewer();
  }

  @Mutation(() => ViewerModel, {
    description:
      'Signs in with email and password and sets the session cookie. A staff member with ' +
      'two-factor sign-in gets TWO_FACTOR_REQUIRED instead, and completes with completeLogin.',
  })
  @Public()
  async login(@Args('input') input: LoginInput, @Context() { req, res }: HttpContext) {
    const previous = readSessionToken(req.headers.cookie);
    const result = await this.auth.login(input.email, input.password, previous);
    if (result.pendingToken !== undefined) {
      // The password was right; no session until the second factor (completeLogin).
      if (previous) clearSessionCookie(req, res);
      setPendingLoginCookie(req, res, result.pendingToken);
      throw twoFactorRequired();
    }
    // A sign-in left half-way in this browser is over (only sent back when there was one).
    if (readPendingLoginToken(req.headers.cookie)) clearPendingLoginCookie(req, res);
    setSessionCookie(req, res, result.session.token, this.environment.SESSION_ABSOLUTE_HOURS);
    return result.viewer;
  }

  @Mutation(() => Boolean, {
    description: 'Ends the current session, if any, and clears the session cookie.',
  })
  @Public()
  async logout(@Context() { req, res }: HttpContext): Promise<boolean> {
    await this.auth.logout(readSessionToken(req.headers.cookie));
    clearSessionCookie(req, res);
    return true;
  }
}
