import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../access/access-policy';
import { AuditOutcome } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { LoginRateLimiter } from '../auth/login-rate-limiter';
import { PasswordHasher } from '../auth/password-hasher';
import { SessionService } from '../auth/session.service';
import { escapeLike } from '../common/escape-like';
import { PageArgs } from '../common/page.args';
import { SqlFilter } from '../common/sql-filter';
import { RequestContext } from '../context/request-context';
import { badUserInput, conflict } from '../graphql/errors';
import { AccountFilterInput, ChangePasswordInput, UpdateAccountInput } from './dto/account.inputs';
import { AccountModel, AccountPageModel } from './models/account.model';
import { UserStatus } from './user.entity';

const ACCOUNT_COLUMNS = `u.id, u.email, u.display_name AS "displayName", u.role, u.status,
  u.created_at AS "createdAt", u.version,
  (SELECT c.name FROM couple_partner p JOIN couple c ON c.id = p.couple_id
    WHERE p.client_id = u.id AND p.left_at IS NULL LIMIT 1) AS "coupleName"`;

@Injectable()
export class AccountsService {
  constructor(
    private readonly context: RequestContext,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly hasher: PasswordHasher,
    private readonly rateLimiter: LoginRateLimiter,
  ) {}

  /** The clinic's accounts, by name; row-level security keeps it to the admin's clinic. */
  async list(filter: AccountFilterInput, { limit, offset }: PageArgs): Promise<AccountPageModel> {
    const filterSql = new SqlFilter();
    if (filter.role) filterSql.add('u.role = ?', filter.role);
    if (filter.status) filterSql.add('u.status = ?', filter.status);
    if (filter.search) {
      filterSql.add(
        "(u.display_name ILIKE '%' || ? || '%' OR u.email ILIKE '%' || ? || '%')",
        escapeLike(filter.search),
      );
    }
    if (filter.withoutActiveCouple) {
      filterSql.add(
        "u.role = 'CLIENT' AND NOT EXISTS (SELECT 1 FROM couple_partner p WHERE p.client_id = u.id AND p.left_at IS NULL)",
      );
    }
    const page = filterSql.page(limit, offset);
    const manager = this.context.manager;
    const items = await manager.query(
      `SELECT ${ACCOUNT_COLUMNS} FROM app_user u ${filterSql.where}
        ORDER BY u.display_name, u.id ${page.sql}`,
      page.values,
    );
    const [{ total }] = await manager.query(
      `SELECT count(*)::int AS total FROM app_user u ${filterSql.where}`,
      filterSql.values,
    );
    return { items, totalCount: total };
  }

  async update(input: UpdateAccountInput): Promise<AccountModel> {
    await this.policy.account(input.id, 'account.update');
    const manager = this.context.manager;
    try {
      const [rows] = await manager.query(
        `UPDATE app_user SET display_name = coalesce($2, display_name), email = coalesce($3, email),
                version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $4 RETURNING id`,
        [input.id, input.displayName ?? null, input.email ?? null, input.version],
      );
      if (!rows.length) {
        throw conflict(
          'Someone else changed this account since you opened it. Reload it and try again.',
        );
      }
    } catch (error) {
      if ((error as { code?: string }).code === '23505') {
        // The same words whether the address is this clinic's or another's, naming no one.
        this.audit.record({
          action: 'account.update',
          entityType: 'account',
          entityId: input.id,
          outcome: AuditOutcome.DENIED,
        });
        throw conflict('This email address cannot be used for this account. Choose another one.');
      }
      throw error;
    }
    this.audit.record({ action: 'account.update', entityType: 'account', entityId: input.id });
    return this.find(input.id);
  }

  /** Deactivation also ends every session of the account at once. */
  async setStatus(id: string, status: UserStatus): Promise<AccountModel> {
    const action = status === UserStatus.ACTIVE ? 'account.reactivate' : 'account.deactivate';
    await this.policy.account(id, action);
    if (id === this.context.requiredActor.userId) {
      throw badUserInput('You cannot change the status of your own account.');
    }
    const manager = this.context.manager;
    await manager.query(
      'UPDATE app_user SET status = $2, version = version + 1, updated_at = now() WHERE id = $1',
      [id, status],
    );
    if (status === UserStatus.DEACTIVATED) await this.sessions.revokeAllOf(manager, id);
    this.audit.record({ action, entityType: 'account', entityId: id });
    return this.find(id);
  }

  /**
   * Needs the current password; every other session of the account ends. Wrong current
   * passwords count against the same per-email limit as sign-in, so a borrowed session
   * cannot be used to guess the password.
   */
  async changePassword({ currentPassword, newPassword }: ChangePasswordInput): Promise<boolean> {
    const actor = this.context.requiredActor;
    const manager = this.context.manager;
    const [user] = await manager.query(
      'SELECT email, password_hash AS "passwordHash" FROM app_user WHERE id = $1',
      [actor.userId],
    );
    await this.rateLimiter.attempt(this.context.ip ?? 'unknown', user.email);
    if (!(await this.hasher.verify(user?.passwordHash, currentPassword))) {
      await this.rateLimiter.failed(user.email);
      throw badUserInput('Your current password is not correct.');
    }
    await this.rateLimiter.succeeded(user.email);
    if (currentPassword === newPassword) {
      throw badUserInput('Choose a new password that differs from the current one.');
    }
    await manager.query(
      'UPDATE app_user SET password_hash = $2, updated_at = now() WHERE id = $1',
      [actor.userId, await this.hasher.hash(newPassword)],
    );
    await this.sessions.revokeAllOf(manager, actor.userId, actor.sessionId);
    this.audit.record({
      action: 'account.password_change',
      entityType: 'account',
      entityId: actor.userId,
    });
    return true;
  }

  private async find(id: string): Promise<AccountModel> {
    const [row] = await this.context.manager.query(
      `SELECT ${ACCOUNT_COLUMNS} FROM app_user u WHERE u.id = $1`,
      [id],
    );
    return row;
  }
}
