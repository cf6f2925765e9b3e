import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../access/access-policy';
import { accountById, setAccountPassword, signInAccount } from '../accounts/accounts.queries';
import { UserStatus } from '../accounts/user.entity';
import { AuditOutcome } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import type { Environment } from '../config/environment';
import { InjectEnvironment } from '../config/environment.provider';
import { RequestContext } from '../context/request-context';
import { OWNER_CONNECTION } from '../database/database.module';
import { Sql, sqlOn, type SqlSession } from '../database/sql';
import { badUserInput, conflict, notFound } from '../graphql/errors';
import { Mailer } from '../mail/mailer.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordResetLinkModel } from './models/password-reset-link.model';
import { PasswordHasher } from './password-hasher';
import * as queries from './password-reset.queries';
import { hashSecretToken, linkWithToken, newSecretToken } from './secret-token';
import { SessionService } from './session.service';

/** How long a reset link works. */
export const RESET_VALID_MINUTES = 60;

/** The one answer to a reset request, whether or not the address has an account. */
export const RESET_REQUESTED =
  'If that email address has a Tandem account, a link to choose a new password is on its way. ' +
  'It works once, for an hour. No email? Ask your clinic to send you a link.';

const INVALID_LINK =
  'This password reset link is not valid: it may have expired, been replaced by a newer one ' +
  'or already been used. Ask for a new link.';

/**
 * Password recovery: single-use links, an hour long, of which only a hash is stored. A link
 * asked for on the sign-in page, and every use of a link, come before any session, so they go
 * through the owner connection and are identity events recorded here; an admin issues a link
 * on the request's transaction, checked and recorded by the policy.
 */
@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger(PasswordResetService.name);
  /** Statements on the owner connection, each on a pooled connection of its own. */
  private readonly ownerSql: SqlSession;

  constructor(
    private readonly context: RequestContext,
    private readonly sql: Sql,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly hasher: PasswordHasher,
    private readonly rateLimiter: LoginRateLimiter,
    private readonly sessions: SessionService,
    private readonly mailer: Mailer,
    @InjectDataSource(OWNER_CONNECTION) private readonly owner: DataSource,
    @InjectEnvironment() private readonly environment: Environment,
  ) {
    this.ownerSql = sqlOn(owner.manager);
  }

  /**
   * Asked for on the sign-in page. The same work and the same answer whatever the address: the
   * account is looked up, a token made and hashed, and one statement writes the link (or, for
   * an address nobody uses, nothing). The email leaves after the answer, so its sending cannot
   * be timed either.
   */
  async request(email: string): Promise<string> {
    await this.rateLimiter.resetRequest(this.context.ip ?? 'unknown', email);
    const found = await this.ownerSql.maybeOne(signInAccount, [email]);
    const account = found?.status === UserStatus.ACTIVE ? found : undefined;
    const token = newSecretToken();
    await this.ownerSql.rows(queries.issueReset, [
      account?.id ?? null,
      account?.clinicId ?? null,
      hashSecretToken(token),
      null,
      RESET_VALID_MINUTES,
    ]);
    this.audit.record({
      action: 'auth.password_reset_request',
      entityType: account ? 'account' : undefined,
      entityId: account?.id,
      outcome: account ? AuditOutcome.ALLOWED : AuditOutcome.DENIED,
      actor: { userId: null, role: null, clinicId: account?.clinicId ?? null },
    });
    if (account) {
      const url = linkWithToken(this.environment, '/reset-password', token);
      // Not awaited: the answer must not wait on (and so reveal) the SMTP server.
      setImmediate(() => {
        void this.mailer
          .send(this.mail(account.email, account.displayName, url, false))
          .then((sent) => sent || this.logger.warn('A password reset link was not emailed.'));
      });
    }
    return RESET_REQUESTED;
  }

  /**
   * Sets the new password, uses up the link and ends every session of the account (and its
   * live subscriptions), all or nothing. The link is looked up first: a wrong one costs a
   * rate-limit count and one indexed read, never the password hash.
   */
  async reset(token: string, password: string): Promise<boolean> {
    await this.rateLimiter.linkAttempt(this.context.ip ?? 'unknown', token);
    const tokenHash = hashSecretToken(token);
    const found = await this.ownerSql.maybeOne(queries.resetOfToken, [tokenHash]);
    if (!found?.open) throw await this.invalidLink(token, found);
    const passwordHash = await this.hasher.hash(password);
    const used = await this.owner.transaction(async (manager) => {
      const sql = sqlOn(manager);
      // Again under a lock: a simultaneous use of the same link may have spent it.
      const reset = await sql.maybeOne(queries.lockOpenReset, [tokenHash]);
      if (!reset) return undefined;
      await sql.execute(setAccountPassword, [reset.userId, passwordHash]);
      await sql.execute(queries.markResetUsed, [reset.id]);
      await sql.execute(queries.revokeResetsOf, [reset.userId]);
      await this.sessions.revokeAllOf(manager, reset.userId);
      return reset;
    });
    if (!used) throw await this.invalidLink(token, found);
    this.audit.record({
      action: 'auth.password_reset_use',
      entityType: 'account',
      entityId: used.userId,
      actor: { userId: used.userId, role: used.role, clinicId: used.clinicId },
    });
    return true;
  }

  /**
   * An admin's link for an account of their clinic, for someone who cannot receive or find
   * the email. The account's sessions end at once: whoever asked may not be its holder.
   */
  async issue(accountId: string): Promise<PasswordResetLinkModel> {
    const actor = this.context.requiredActor;
    await this.policy.account(accountId, 'account.password_reset_issue');
    if (accountId === actor.userId) {
      throw badUserInput('Change your own password from your profile instead.');
    }
    const account = await this.sql.one(accountById, [accountId]);
    if (account.status !== UserStatus.ACTIVE) {
      throw conflict('This account is deactivated. Reactivate it before sending a reset link.');
    }
    const token = newSecretToken();
    const { expiresAt } = await this.sql.one(queries.issueReset, [
      accountId,
      actor.clinicId,
      hashSecretToken(token),
      actor.userId,
      RESET_VALID_MINUTES,
    ]);
    await this.sessions.revokeAllOf(this.context.manager, accountId);
    const url = linkWithToken(this.environment, '/reset-password', token);
    const emailed = await this.mailer.send(
      this.mail(account.email, account.displayName, url, true),
    );
    return { url, emailed, expiresAt };
  }

  /** A link that leads to no open reset: counted against its prefix, recorded, refused. */
  private async invalidLink(
    token: string,
    found: { userId: string; clinicId: string } | undefined,
  ) {
    await this.rateLimiter.linkFailed(token);
    this.audit.record({
      action: 'auth.password_reset_use',
      entityType: found ? 'account' : undefined,
      entityId: found?.userId,
      outcome: AuditOutcome.DENIED,
      actor: { userId: null, role: null, clinicId: found?.clinicId ?? null },
    });
    return notFound('password reset link', INVALID_LINK);
  }

  private mail(to: string, displayName: string, url: string, byClinic: boolean) {
    return {
      to,
      subject: 'Choose a new Tandem password',
      text:
        `Hello ${displayName},\n\n` +
        (byClinic
          ? 'Your clinic sent you a link to choose a new Tandem password.\n'
          : 'Someone (we hope you) asked to reset your Tandem password.\n') +
        `Open this link to choose a new password (it works once, for an hour):\n\n${url}\n\n` +
        'If you did not ask for this, you can ignore this email: your password stays as it is.',
    };
  }
}
