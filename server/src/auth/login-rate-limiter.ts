import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import type { Environment } from '../config/environment';
import { InjectEnvironment } from '../config/environment.provider';
import { OWNER_CONNECTION } from '../database/database.module';
import { rateLimited } from '../graphql/errors';

const WINDOW_SECONDS = 15 * 60;
/** Failed sign-ins per email address in the window; a success clears the count. */
export const FAILURES_PER_EMAIL = 5;
/** Invitation links that led nowhere, per first characters of the token, in the window. */
export const FAILURES_PER_TOKEN_PREFIX = 5;
export const TOKEN_PREFIX_LENGTH = 8;
/** Password reset requests, per IP and per email address, in an hour. */
const RESET_WINDOW_SECONDS = 60 * 60;
export const RESET_REQUESTS_PER_IP = 10;
export const RESET_REQUESTS_PER_EMAIL = 3;
/** Wrong second-factor codes per account in the window; a success clears the count. */
export const SECOND_FACTOR_FAILURES = 5;

/**
 * Per IP: SIGN_IN_ATTEMPTS_PER_IP attempts in the window, whatever their outcome, for
 * sign-in and, counted apart, for one-use links (invitation previews and accepts, password
 * resets); an IP that sign-in refuses is refused links too. Password reset requests are
 * counted per IP and per email address, known or not, so the limit tells nothing either. Counts live in PostgreSQL (table
 * login_rate_limit), so every API replica sees the same counts. Email addresses and token
 * prefixes are hashed before they become keys.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly perIp: RateLimiterPostgres;
  private readonly perEmail: RateLimiterPostgres;
  private readonly invitationsPerIp: RateLimiterPostgres;
  private readonly perTokenPrefix: RateLimiterPostgres;
  private readonly resetsPerIp: RateLimiterPostgres;
  private readonly resetsPerEmail: RateLimiterPostgres;
  private readonly secondFactorPerAccount: RateLimiterPostgres;

  constructor(
    @InjectDataSource(OWNER_CONNECTION) owner: DataSource,
    @InjectEnvironment() environment: Environment,
  ) {
    const pool = (owner.driver as unknown as { master: Pool }).master;
    const common = {
      storeClient: pool,
      storeType: 'pool',
      tableName: 'login_rate_limit',
      tableCreated: true,
      clearExpiredByTimeout: false,
      duration: WINDOW_SECONDS,
    };
    this.perIp = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'ip',
      points: environment.SIGN_IN_ATTEMPTS_PER_IP,
    });
    this.perEmail = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'email',
      points: FAILURES_PER_EMAIL,
    });
    this.invitationsPerIp = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'invitation-ip',
      points: environment.SIGN_IN_ATTEMPTS_PER_IP,
    });
    this.perTokenPrefix = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'invitation-token',
      points: FAILURES_PER_TOKEN_PREFIX,
    });
    this.resetsPerIp = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'reset-ip',
      points: RESET_REQUESTS_PER_IP,
      duration: RESET_WINDOW_SECONDS,
    });
    this.resetsPerEmail = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'reset-email',
      points: RESET_REQUESTS_PER_EMAIL,
      duration: RESET_WINDOW_SECONDS,
    });
    this.secondFactorPerAccount = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'second-factor',
      points: SECOND_FACTOR_FAILURES,
    });
  }

  /**
   * Counts a second-factor code (the second step of a sign-in): against the IP's sign-in
   * window, and refused once the account has had too many wrong codes.
   */
  async secondFactorAttempt(ip: string, userId: string): Promise<void> {
    await this.refuseWhenLimited(() => this.perIp.consume(ip));
    const failures = await this.secondFactorPerAccount.get(userId);
    if (failures && failures.consumedPoints >= SECOND_FACTOR_FAILURES) {
      throw rateLimited(failures.msBeforeNext / 1000);
    }
  }

  async secondFactorFailed(userId: string): Promise<void> {
    await this.secondFactorPerAccount.penalty(userId, 1);
  }

  async secondFactorSucceeded(userId: string): Promise<void> {
    await this.secondFactorPerAccount.delete(userId);
  }

  /** Counts a password reset request; refuses when the IP or the address has used up its hour. */
  async resetRequest(ip: string, email: string): Promise<void> {
    await this.refuseWhenLimited(() => this.resetsPerIp.consume(ip));
    await this.refuseWhenLimited(() => this.resetsPerEmail.consume(emailKey(email)));
  }

  /**
   * Counts a use of a one-use link (an invitation's preview or accept, a password reset);
   * refuses when the IP has used up its window here or at sign-in, or when links starting like
   * this one failed too often.
   */
  async linkAttempt(ip: string, token: string): Promise<void> {
    const signIns = await this.perIp.get(ip);
    if (signIns && signIns.consumedPoints >= this.perIp.points) {
      throw rateLimited(signIns.msBeforeNext / 1000);
    }
    await this.refuseWhenLimited(() => this.invitationsPerIp.consume(ip));
    const failures = await this.perTokenPrefix.get(prefixKey(token));
    if (failures && failures.consumedPoints >= FAILURES_PER_TOKEN_PREFIX) {
      throw rateLimited(failures.msBeforeNext / 1000);
    }
  }

  /** A link that matched no open invitation or reset. */
  async linkFailed(token: string): Promise<void> {
    await this.perTokenPrefix.penalty(prefixKey(token), 1);
  }

  /** Counts an attempt; refuses when the IP or the email has used up its window. */
  async attempt(ip: string, email: string): Promise<void> {
    await this.refuseWhenLimited(() => this.perIp.consume(ip));
    const failures = await this.perEmail.get(emailKey(email));
    if (failures && failures.consumedPoints >= FAILURES_PER_EMAIL) {
      throw rateLimited(failures.msBeforeNext / 1000);
    }
  }

  async failed(email: string): Promise<void> {
    await this.perEmail.penalty(emailKey(email), 1);
  }

  async succeeded(email: string): Promise<void> {
    await this.perEmail.delete(emailKey(email));
  }

  private async refuseWhenLimited(consume: () => Promise<RateLimiterRes>) {
    try {
      await consume();
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw rateLimited(rejection.msBeforeNext / 1000);
      throw rejection;
    }
  }
}

function emailKey(email: string): string {
  return createHash('sha256').update(email).digest('hex');
}

function prefixKey(token: string): string {
  return createHash('sha256').update(token.slice(0, TOKEN_PREFIX_LENGTH)).digest('hex');
}
