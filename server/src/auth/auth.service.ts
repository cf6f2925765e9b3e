import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { signInAccount, viewerById } from '../accounts/accounts.queries';
import { UserStatus } from '../accounts/user.entity';
import { AuditOutcome } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../context/request-context';
import { OWNER_CONNECTION } from '../database/database.module';
import { Sql, sqlOn, type SqlSession } from '../database/sql';
import { notFound, unauthenticated } from '../graphql/errors';
import { LoginRateLimiter } from './login-rate-limiter';
import { ViewerModel } from './models/viewer.model';
import { PasswordHasher } from './password-hasher';
import { SessionService } from './session.service';
import { TwoFactorService } from './two-factor.service';

export const INCORRECT_CREDENTIALS = 'Email or password is incorrect.';

@Injectable()
export class AuthService {
  /** The owner connection: before sign-in there is no clinic to scope a lookup to. */
  private readonly ownerSql: SqlSession;

  constructor(
    @InjectDataSource(OWNER_CONNECTION) owner: DataSource,
    private readonly sql: Sql,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly rateLimiter: LoginRateLimiter,
    private readonly context: RequestContext,
    private readonly audit: AuditService,
    private readonly twoFactor: TwoFactorService,
  ) {
    this.ownerSql = sqlOn(owner.manager);
  }

  /**
   * Checks the credentials and starts a session, or, for staff with a second factor, a
   * pending sign-in that only the second step (TwoFactorService.completeLogin) accepts. An unknown email, a wrong password and a
   * deactivated account all answer alike, so the answer tells an attacker nothing.
   */
  async login(rawEmail: string, password: string, previousToken?: string) {
    const email = rawEmail.trim().toLowerCase();
    const ip = this.context.ip ?? 'unknown';
    await this.rateLimiter.attempt(ip, email);
    const user = await this.ownerSql.maybeOne(signInAccount, [email]);
    const passwordMatches = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !passwordMatches || user.status !== UserStatus.ACTIVE) {
      await this.rateLimiter.failed(email);
      this.audit.record({
        action: 'auth.sign_in',
        entityType: user ? 'account' : undefined,
        entityId: user?.id,
        outcome: AuditOutcome.DENIED,
        actor: { userId: null, role: null, clinicId: user?.clinicId ?? null },
      });
      throw unauthenticated(INCORRECT_CREDENTIALS);
    }
    await this.rateLimiter.succeeded(email);
    // A new sign-in replaces whatever session this browser had.
    if (previousToken) await this.sessions.revoke(previousToken);
    if (await this.twoFactor.required(user)) {
      return { pendingToken: await this.twoFactor.startPendingLogin(user) };
    }
    const session = await this.sessions.start(user, this.context.ip);
    this.audit.record({
      action: 'auth.sign_in',
      entityType: 'account',
      entityId: user.id,
      actor: { userId: user.id, role: user.role, clinicId: user.clinicId },
    });
    const { passwordHash: _hash, clinicId: _clinic, status: _status, ...viewer } = user;
    return { viewer, session } as const;
  }

  async logout(token: string | undefined) {
    if (!token) return;
    const ended = await this.sessions.revoke(token);
    if (ended) {
      this.audit.record({
        action: 'auth.sign_out',
        entityType: 'account',
        entityId: ended.userId,
        actor: { userId: ended.userId, role: ended.role, clinicId: ended.clinicId },
      });
    }
  }

  /** The signed-in user, read on the request's transaction (row-level security applies). */
  async viewer(): Promise<ViewerModel> {
    const viewer = await this.sql.maybeOne(viewerById, [this.context.requiredActor.userId]);
    if (!viewer) throw notFound('account');
    return viewer;
  }
}
