import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@tandem/shared';
import { createHash, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { toDataURL } from 'qrcode';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../access/access-policy';
import { viewerById } from '../accounts/accounts.queries';
import { AuditOutcome } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../context/request-context';
import { OWNER_CONNECTION } from '../database/database.module';
import { Sql, sqlOn, type SqlSession } from '../database/sql';
import { badUserInput, conflict, unauthenticated } from '../graphql/errors';
import { LoginRateLimiter } from './login-rate-limiter';
import type { TotpEnrolmentModel, TwoFactorStatusModel } from './models/two-factor.model';
import { hashSecretToken, newSecretToken } from './secret-token';
import { SessionService } from './session.service';
import * as queries from './two-factor.queries';

/** How long the second step of a sign-in may wait after the password. */
export const PENDING_LOGIN_MINUTES = 5;
export const RECOVERY_CODE_COUNT = 10;
const PERIOD = 30;
const ISSUER = 'Tandem';

const WRONG_CODE = 'That code is not valid. Check your authenticator app and try again.';
const PENDING_EXPIRED = 'Your sign-in has expired. Enter your email and password again.';

/** The authenticator of a base32 secret: SHA-1, six digits, 30 seconds (what every app reads). */
function totpOf(secret: string, label = ''): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  });
}

/** The time step a code is valid for, within ±1 step of now, or undefined. */
function stepOf(secret: string, code: string): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const timestamp = Date.now();
  const delta = totpOf(secret).validate({ token: code, timestamp, window: 1 });
  return delta === null ? undefined : Math.floor(timestamp / 1000 / PERIOD) + delta;
}

/** Recovery codes: 80 random bits as four groups of four base32 characters. */
function newRecoveryCode(): string {
  return new Secret({ buffer: randomBytes(10).buffer }).base32.match(/.{4}/g)!.join('-');
}

/** Case, spaces and dashes do not matter when a recovery code is typed. */
function recoveryCodeHash(code: string): Buffer {
  return createHash('sha256')
    .update(code.toUpperCase().replace(/[^A-Z2-7]/g, ''))
    .digest();
}

/**
 * Staff two-factor sign-in with an authenticator app (TOTP, RFC 6238, by otpauth) and one-use
 * recovery codes. Enrolment, removal and an admin's reset run on the request's transaction;
 * the second step of a sign-in comes before any session, on the owner connection, and is an
 * identity event recorded here.
 */
@Injectable()
export class TwoFactorService {
  private readonly ownerSql: SqlSession;

  constructor(
    private readonly context: RequestContext,
    private readonly sql: Sql,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly rateLimiter: LoginRateLimiter,
    private readonly sessions: SessionService,
    @InjectDataSource(OWNER_CONNECTION) owner: DataSource,
  ) {
    this.ownerSql = sqlOn(owner.manager);
  }

  // ---- Sign-in -------------------------------------------------------------------------

  /** Whether this account's sign-in needs a second step (staff with a confirmed factor). */
  async required(user: { id: string; role: Role }): Promise<boolean> {
    if (user.role === Role.CLIENT) return false;
    return (await this.ownerSql.one(queries.hasSecondFactor, [user.id])).has;
  }

  /** The password was right: a pending sign-in, whose token goes in a cookie of its own. */
  async startPendingLogin(user: { id: string; role: Role; clinicId: string }): Promise<string> {
    const token = newSecretToken();
    await this.ownerSql.one(queries.startPendingLogin, [
      user.id,
      user.clinicId,
      hashSecretToken(token),
      PENDING_LOGIN_MINUTES,
    ]);
    this.audit.record({
      action: 'auth.sign_in_password',
      entityType: 'account',
      entityId: user.id,
      actor: { userId: user.id, role: user.role, clinicId: user.clinicId },
    });
    return token;
  }

  /**
   * The second step: an authenticator code (each usable once) or an unused recovery code.
   * Starts the session; the pending sign-in is used up.
   */
  async completeLogin(pendingToken: string | undefined, rawCode: string) {
    const pending = pendingToken
      ? await this.ownerSql.maybeOne(queries.openPendingLogin, [hashSecretToken(pendingToken)])
      : undefined;
    if (!pending) {
      this.audit.record({
        action: 'auth.sign_in_second_factor',
        outcome: AuditOutcome.DENIED,
        actor: { userId: null, role: null, clinicId: null },
      });
      throw unauthenticated(PENDING_EXPIRED);
    }
    const actor = { userId: pending.userId, role: pending.role, clinicId: pending.clinicId };
    await this.rateLimiter.secondFactorAttempt(this.context.ip ?? 'unknown', pending.userId);
    const code = rawCode.trim();
    const method = await this.spend(this.ownerSql, pending.userId, code);
    if (!method) {
      await this.rateLimiter.secondFactorFailed(pending.userId);
      this.audit.record({
        action: 'auth.sign_in_second_factor',
        entityType: 'account',
        entityId: pending.userId,
        outcome: AuditOutcome.DENIED,
        actor,
      });
      throw badUserInput(WRONG_CODE);
    }
    const ended = await this.ownerSql.maybeOne(queries.endPendingLogin, [pending.id]);
    if (!ended) throw unauthenticated(PENDING_EXPIRED);
    await this.rateLimiter.secondFactorSucceeded(pending.userId);
    const session = await this.sessions.start(
      { id: pending.userId, clinicId: pending.clinicId },
      this.context.ip,
    );
    if (method === 'recovery') {
      this.audit.record({
        action: 'auth.recovery_code_use',
        entityType: 'account',
        entityId: pending.userId,
        actor,
      });
    }
    this.audit.record({
      action: 'auth.sign_in_second_factor',
      entityType: 'account',
      entityId: pending.userId,
      actor,
    });
    this.audit.record({
      action: 'auth.sign_in',
      entityType: 'account',
      entityId: pending.userId,
      actor,
    });
    const viewer = await this.ownerSql.one(viewerById, [pending.userId]);
    return { viewer, session };
  }

  /** Spends a code of the account: an authenticator step, or else a recovery code. */
  private async spend(
    sql: SqlSession,
    userId: string,
    code: string,
  ): Promise<'totp' | 'recovery' | undefined> {
    const totp = await sql.maybeOne(queries.totpOf, [userId]);
    if (!totp?.confirmed) return undefined;
    const step = stepOf(totp.secret, code);
    if (step !== undefined) {
      const spent = await sql.maybeOne(queries.spendTotpStep, [userId, String(step), false]);
      return spent ? 'totp' : undefined;
    }
    if (/^\d{6}$/.test(code)) return undefined;
    const used = await sql.maybeOne(queries.spendRecoveryCode, [userId, recoveryCodeHash(code)]);
    return used ? 'recovery' : undefined;
  }

  // ---- The signed-in staff member's own factor ----------------------------------------

  async status(): Promise<TwoFactorStatusModel> {
    const { userId } = this.context.requiredActor;
    const totp = await this.sql.maybeOne(queries.totpOf, [userId]);
    const { n } = await this.sql.one(queries.recoveryCodesLeft, [userId]);
    return { enabled: !!totp?.confirmed, recoveryCodesLeft: totp?.confirmed ? n : 0 };
  }

  /** A new secret, kept pending until a first code confirms it; shown this once. */
  async startEnrolment(): Promise<TotpEnrolmentModel> {
    const { userId, clinicId } = this.context.requiredActor;
    const secret = new Secret({ size: 20 }).base32;
    const started = await this.sql.maybeOne(queries.startTotp, [userId, clinicId, secret]);
    if (!started) {
      throw conflict('Two-factor sign-in is already on. Turn it off first to set up a new app.');
    }
    const viewer = await this.sql.one(viewerById, [userId]);
    const otpauthUrl = totpOf(secret, viewer.email).toString();
    this.audit.record({
      action: 'auth.two_factor_enrol_start',
      entityType: 'account',
      entityId: userId,
    });
    return { secret, otpauthUrl, qrCode: await toDataURL(otpauthUrl, { margin: 1, width: 240 }) };
  }

  /** Confirms the pending authenticator with its first code; returns the recovery codes, once. */
  async confirmEnrolment(code: string): Promise<string[]> {
    const { userId, clinicId } = this.context.requiredActor;
    const totp = await this.sql.maybeOne(queries.totpOf, [userId]);
    if (!totp || totp.confirmed) {
      throw conflict('There is no authenticator waiting to be confirmed. Start again.');
    }
    const step = stepOf(totp.secret, code.trim());
    const confirmed =
      step !== undefined &&
      (await this.sql.maybeOne(queries.spendTotpStep, [userId, String(step), true]));
    if (!confirmed) {
      this.audit.record({
        action: 'auth.two_factor_enrol',
        entityType: 'account',
        entityId: userId,
        outcome: AuditOutcome.DENIED,
      });
      throw badUserInput(WRONG_CODE);
    }
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await this.sql.execute(queries.insertRecoveryCodes, [
      userId,
      clinicId,
      codes.map((each) => recoveryCodeHash(each).toString('hex')),
    ]);
    this.audit.record({ action: 'auth.two_factor_enrol', entityType: 'account', entityId: userId });
    return codes;
  }

  /** Turns the signed-in staff member's two-factor off, with a current authenticator code. */
  async disable(code: string): Promise<boolean> {
    const { userId } = this.context.requiredActor;
    const totp = await this.sql.maybeOne(queries.totpOf, [userId]);
    if (!totp?.confirmed) throw conflict('Two-factor sign-in is not on.');
    const step = stepOf(totp.secret, code.trim());
    const spent =
      step !== undefined &&
      (await this.sql.maybeOne(queries.spendTotpStep, [userId, String(step), false]));
    if (!spent) {
      this.audit.record({
        action: 'auth.two_factor_disable',
        entityType: 'account',
        entityId: userId,
        outcome: AuditOutcome.DENIED,
      });
      throw badUserInput(WRONG_CODE);
    }
    await this.sql.rows(queries.removeSecondFactorsOf, [userId]);
    this.audit.record({
      action: 'auth.two_factor_disable',
      entityType: 'account',
      entityId: userId,
    });
    return true;
  }

  /**
   * An admin removes a staff member's second factors (a lost phone and lost codes). The
   * account's sessions and pending sign-ins end: whoever asked may not be its holder.
   */
  async reset(accountId: string): Promise<boolean> {
    await this.policy.account(accountId, 'account.two_factor_reset');
    if (accountId === this.context.requiredActor.userId) {
      throw badUserInput('Turn two-factor sign-in off from your profile instead.');
    }
    await this.sql.rows(queries.removeSecondFactorsOf, [accountId]);
    await this.sessions.revokeAllOf(this.context.manager, accountId);
    return true;
  }
}
