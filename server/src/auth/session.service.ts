import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@tandem/shared';
import { DataSource, EntityManager } from 'typeorm';
import type { Environment } from '../config/environment';
import { InjectEnvironment } from '../config/environment.provider';
import type { Actor } from '../context/actor';
import { OWNER_CONNECTION } from '../database/database.module';
import { announceAccessChange } from '../live/access-change';
import { hashSecretToken, newSecretToken } from './secret-token';

/**
 * Sessions are looked up before the clinic is known, so they go through the owner
 * connection. A session ends after SESSION_IDLE_MINUTES without a request, after
 * SESSION_ABSOLUTE_HOURS in any case, when revoked, or when its user is deactivated.
 */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource(OWNER_CONNECTION) private readonly owner: DataSource,
    @InjectEnvironment() private readonly environment: Environment,
  ) {}

  async start(user: { id: string; clinicId: string }, ip: string | undefined) {
    const token = newSecretToken();
    const [row] = await this.owner.query(
      `INSERT INTO user_session (token_hash, user_id, clinic_id, last_seen_at, expires_at, ip)
       VALUES ($1, $2, $3, now(), now() + make_interval(hours => $4), $5)
       RETURNING id, expires_at AS "expiresAt"`,
      [
        hashSecretToken(token),
        user.id,
        user.clinicId,
        this.environment.SESSION_ABSOLUTE_HOURS,
        ip ?? null,
      ],
    );
    return { token, sessionId: row.id as string, expiresAt: row.expiresAt as Date };
  }

  /**
   * Finds a live session and marks it used, in one statement. The mark is written at most once
   * a minute: a request then only reads, rather than committing a write (and waiting for its
   * flush) and queueing behind the same session's other requests for the row lock. The idle
   * timeout is thus measured to the minute.
   */
  async resolve(token: string): Promise<Actor | undefined> {
    const rows: Array<Actor & { role: string }> = await this.owner.query(
      `WITH live AS (
         SELECT s.id, s.user_id, s.clinic_id, u.role, s.last_seen_at
           FROM user_session s JOIN app_user u ON u.id = s.user_id
          WHERE s.token_hash = $1
            AND s.revoked_at IS NULL
            AND s.expires_at > now()
            AND s.last_seen_at > now() - make_interval(mins => $2)
            AND u.status = 'ACTIVE'),
       touched AS (
         UPDATE user_session SET last_seen_at = now()
          WHERE id IN (SELECT id FROM live WHERE last_seen_at < now() - interval '1 minute'))
       SELECT id AS "sessionId", user_id AS "userId", clinic_id AS "clinicId", role FROM live`,
      [hashSecretToken(token), this.environment.SESSION_IDLE_MINUTES],
    );
    const row = rows[0];
    return row ? { ...row, role: row.role as Role } : undefined;
  }

  /** Ends the session of `token`; returns whose it was, if it was live. */
  async revoke(token: string): Promise<Pick<Actor, 'userId' | 'role' | 'clinicId'> | undefined> {
    const [rows] = await this.owner.query(
      `UPDATE user_session s SET revoked_at = now() FROM app_user u
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND u.id = s.user_id
      RETURNING s.user_id AS "userId", u.role, s.clinic_id AS "clinicId"`,
      [hashSecretToken(token)],
    );
    const ended = rows?.[0] as Pick<Actor, 'userId' | 'role' | 'clinicId'> | undefined;
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
   * Ends every session of a user but `keepSessionId` (deactivation, password change), and
   * their live subscriptions when `manager`'s transaction commits.
   */
  async revokeAllOf(manager: EntityManager, userId: string, keepSessionId?: string): Promise<void> {
    await manager.query(
      `UPDATE user_session SET revoked_at = now()
        WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid)`,
      [userId, keepSessionId ?? null],
    );
    await announceAccessChange(manager, { userIds: [userId] });
  }

  /**
   * How many milliseconds each of these sessions has left if nothing else happens (its idle or
   * absolute timeout), by the database's clock, for those still live. Read without counting as
   * use, so an open socket alone does not keep a session alive.
   */
  async timeLeft(sessionIds: string[]): Promise<Map<string, number>> {
    const rows: Array<{ id: string; ms: number }> = await this.owner.query(
      `SELECT s.id, (EXTRACT(EPOCH FROM LEAST(s.expires_at, s.last_seen_at + make_interval(mins => $2)) - now()) * 1000)::float8 AS ms
         FROM user_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.id = ANY($1::uuid[])
          AND s.revoked_at IS NULL
          AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $2)
          AND u.status = 'ACTIVE'`,
      [sessionIds, this.environment.SESSION_IDLE_MINUTES],
    );
    return new Map(rows.map((row) => [row.id, row.ms]));
  }
}
