import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Environment } from '../config/environment';
import { InjectEnvironment } from '../config/environment.provider';
import type { Actor } from '../context/actor';
import { OWNER_CONNECTION } from '../database/database.module';
import { sqlOn, type SqlSession } from '../database/sql';
import { announceAccessChange } from '../live/access-change';
import { hashSecretToken, newSecretToken } from './secret-token';
import * as queries from './sessions.queries';

/**
 * Sessions are looked up before the clinic is known, so they go through the owner
 * connection. A session ends after SESSION_IDLE_MINUTES without a request, after
 * SESSION_ABSOLUTE_HOURS in any case, when revoked, or when its user is deactivated.
 */
@Injectable()
export class SessionService {
  /** Statements on the owner connection, each on a pooled connection of its own. */
  private readonly ownerSql: SqlSession;

  constructor(
    @InjectDataSource(OWNER_CONNECTION) private readonly owner: DataSource,
    @InjectEnvironment() private readonly environment: Environment,
  ) {
    this.ownerSql = sqlOn(owner.manager);
  }

  async start(user: { id: string; clinicId: string }, ip: string | undefined) {
    const token = newSecretToken();
    const row = await this.ownerSql.one(queries.startSession, [
      hashSecretToken(token),
      user.id,
      user.clinicId,
      this.environment.SESSION_ABSOLUTE_HOURS,
      ip ?? null,
    ]);
    return { token, sessionId: row.id, expiresAt: row.expiresAt };
  }

  /**
   * Finds a live session and marks it used, in one statement. The mark is written at most once
   * a minute: a request then only reads, rather than committing a write (and waiting for its
   * flush) and queueing behind the same session's other requests for the row lock. The idle
   * timeout is thus measured to the minute.
   */
  async resolve(token: string): Promise<Actor | undefined> {
    return this.ownerSql.maybeOne(queries.resolveSession, [
      hashSecretToken(token),
      this.environment.SESSION_IDLE_MINUTES,
    ]);
  }

  /** Ends the session of `token`; returns whose it was, if it was live. */
  async revoke(token: string): Promise<Pick<Actor, 'userId' | 'role' | 'clinicId'> | undefined> {
    const ended = await this.ownerSql.maybeOne(queries.revokeSession, [hashSecretToken(token)]);
    // Its live subscriptions end too, on whichever replica holds them.
    if (ended) {
      await announceAccessChange(this.owner, {
        clinicId: ended.clinicId,
        userIds: [ended.userId],
      });
    }
    return ended;
  }

  /**
   * Ends every session of a user but `keepSessionId` (deactivation, password change, a reset
   * of their second factors) and their sign-ins waiting for a second factor, and their live
   * subscriptions when `manager`'s transaction commits.
   */
  async revokeAllOf(manager: EntityManager, userId: string, keepSessionId?: string): Promise<void> {
    await sqlOn(manager).execute(queries.revokeSessionsOf, [userId, keepSessionId ?? null]);
    await announceAccessChange(manager, { userIds: [userId] });
  }

  /**
   * How many milliseconds each of these sessions has left if nothing else happens (its idle or
   * absolute timeout), by the database's clock, for those still live. Read without counting as
   * use, so an open socket alone does not keep a session alive.
   */
  async timeLeft(sessionIds: string[]): Promise<Map<string, number>> {
    const rows = await this.ownerSql.rows(queries.sessionTimeLeft, [
      sessionIds,
      this.environment.SESSION_IDLE_MINUTES,
    ]);
    return new Map(rows.map((row) => [row.id, row.ms]));
  }
}
