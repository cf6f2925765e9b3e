import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { Public } from '../access/public.decorator';
import { AnyRole } from '../access/roles.decorator';
import type { Environment } from '../config/environment';
import { InjectEnvironment } from '../config/environment.provider';
import { AuthService } from './auth.service';
import { LoginInput } from './dto/login.input';
import { ViewerModel } from './models/viewer.model';
import { readSessionToken, SESSION_COOKIE } from './session-token';
import { SessionService } from './session.service';

interface HttpContext {
  req: Request;
  res: Response;
}

@Resolver(() => ViewerModel)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    @InjectEnvironment() private readonly environment: Environment,
  ) {}

  @Query(() => ViewerModel, { description: 'The signed-in user.' })
  @AnyRole()
  me(): Promise<ViewerModel> {
    return this.auth.viewer();
  }

  @Mutation(() => ViewerModel, {
    description: 'Signs in with email and password and sets the session cookie.',
  })
  @Public()
  async login(@Args('input') input: LoginInput, @Context() { req, res }: HttpContext) {
    const { viewer, session } = await this.auth.login(input.email, input.password);
    // A new sign-in replaces whatever session this browser had.
    const previous = readSessionToken(req.headers.cookie);
    if (previous) await this.sessions.revoke(previous);
    res.cookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: req.secure,
      path: '/',
      maxAge: this.environment.SESSION_ABSOLUTE_HOURS * 3600_000,
    });
    return viewer;
  }

  @Mutation(() => Boolean, {
    description: 'Ends the current session, if any, and clears the session cookie.',
  })
  @Public()
  async logout(@Context() { req, res }: HttpContext): Promise<boolean> {
    const token = readSessionToken(req.headers.cookie);
    if (token) await this.sessions.revoke(token);
    res.clearCookie(SESSION_COOKIE, {
      httpOnly: true,
      sameSite: 'lax',
      secure: req.secure,
      path: '/',
    });
    return true;
  }
}
