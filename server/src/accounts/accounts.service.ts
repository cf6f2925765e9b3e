import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../access/access-policy';
import { LoginRateLimiter } from '../auth/login-rate-limiter';
import { PasswordHasher } from '../auth/password-hasher';
import { revokeResetsOf } from '../auth/password-reset.queries';
import { SessionService } from '../auth/session.service';
import { escapeLike } from '../common/escape-like';
import { PageArgs } from '../common/page.args';
import { RequestContext } from '../context/request-context';
import { Sql } from '../database/sql';
import { badUserInput, conflict } from '../graphql/errors';
import * as queries from './accounts.queries';
import { AccountFilterInput, ChangePasswordInput, UpdateAccountInput } from './dto/account.inputs';
import { AccountModel, AccountPageModel } from './models/account.model';
import { UserStatus } from './user.entity';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class AccountsService {
  constructor(
    private readonly context: RequestContext,
    private readonly sql: Sql,
    private readonly policy: AccessPolicy,
    private readonly sessions: SessionService,
    private readonly hasher: PasswordHasher,
    private readonly rateLimiter: LoginRateLimiter,
  ) {}

  /** The clinic's accounts, by name; row-level security keeps it to the admin's clinic. */
  async list(filter: AccountFilterInput, { limit, offset }: PageArgs): Promise<AccountPageModel> {
    const filters = [
      filter.role ?? null,
      filter.status ?? null,
      filter.search ? escapeLike(filter.search) : null,
      filter.withoutActiveCouple ?? false,
    ] as const;
    const items = await this.sql.rows(queries.accountPage, [...filters, limit, offset]);
    const { total } = await this.sql.one(queries.accountCount, [...filters]);
    return { items, totalCount: total };
  }

  async update(input: UpdateAccountInput): Promise<AccountModel> {
    await this.policy.account(input.id, 'account.update');
    try {
      const updated = await this.sql.execute(queries.updateAccount, [
        input.id,
        input.displayName ?? null,
        input.email ?? null,
        input.version,
      ]);
      if (updated === 0) {
        throw conflict(
          'Someone else changed this account since you opened it. Reload it and try again.',
        );
      }
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        // The same words whether the address is this clinic's or another's, naming no one.
        this.policy.denied('account.update', 'account', input.id);
        throw conflict('This email address cannot be used for this account. Choose another one.');
      }
      throw error;
    }
    return this.find(input.id);
  }

  /** Deactivation also ends every session of the account at once. */
  async setStatus(id: string, status: UserStatus): Promise<AccountModel> {
    const action = status === UserStatus.ACTIVE ? 'account.reactivate' : 'account.deactivate';
    await this.policy.account(id, action);
    if (id === this.context.requiredActor.userId) {
      throw badUserInput('You cannot change the status of your own account.');
    }
    await this.sql.execute(queries.setAccountStatus, [id, status]);
    if (status === UserStatus.DEACTIVATED) {
      await this.sessions.revokeAllOf(this.context.manager, id);
    }
    return this.find(id);
  }

  /**
   * Needs the current password; every other session of the account ends, and so does every
   * open password reset link. Wrong current
   * passwords count against the same per-email limit as sign-in, so a borrowed session
   * cannot be used to guess the password.
   */
  async changePassword({ currentPassword, newPassword }: ChangePasswordInput): Promise<boolean> {
    const actor = this.context.requiredActor;
    const user = await this.sql.one(queries.passwordOfAccount, [actor.userId]);
    await this.rateLimiter.attempt(this.context.ip ?? 'unknown', user.email);
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
      await this.rateLimiter.failed(user.email);
      throw badUserInput('Your current password is not correct.');
    }
    await this.rateLimiter.succeeded(user.email);
    if (currentPassword === newPassword) {
      throw badUserInput('Choose a new password that differs from the current one.');
    }
    await this.sql.execute(queries.setAccountPassword, [
      actor.userId,
      await this.hasher.hash(newPassword),
    ]);
    // Reset links made before the change stop working.
    await this.sql.execute(revokeResetsOf, [actor.userId]);
    await this.sessions.revokeAllOf(this.context.manager, actor.userId, actor.sessionId);
    // The actor's own account, which needs no scope check: only its record.
    this.policy.used('account.password_change', [], actor.userId);
    return true;
  }

  private find(id: string): Promise<AccountModel> {
    return this.sql.one(queries.accountById, [id]);
  }
}
