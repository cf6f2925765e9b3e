import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@tandem/shared';
import { DataSource } from 'typeorm';
import type { Environment } from '../config/environment';
import { InjectEnvironment } from '../config/environment.provider';
import type { Actor } from '../context/actor';
import { OWNER_CONNECTION } from '../database/database.module';
import { hashSessionToken, newSessionToken } from './session-token';

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
    const token = newSessionToken();
    const [row] = await this.owner.query(
      `INSERT INTO user_session (token_hash, user_id, clinic_id, last_seen_at, expires_at, ip)
       VALUES ($1, $2, $3, now(), now() + make_interval(hours => $4), $5)
       RETURNING id, expires_at AS "expiresAt"`,
      [
        hashSessionToken(token),
        user.id,
        user.clinicId,
        this.environment.SESSION_ABSOLUTE_HOURS,
        ip ?? null,
      ],
    );
    return { token, sessionId: row.id as string, expiresAt: row.expiresAt as Date };
  }

  /** Finds a live session and marks it used, in one statement. */
  async resolve(token: string): Promise<Actor | undefined> {
    const [rows] = await this.owner.query(
      `UPDATE user_session s SET last_seen_at = now()
         FROM app_user u
        WHERE s.token_hash = $1
          AND u.id = s.user_id
          AND s.revoked_at IS NULL
          AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $2)
          AND u.status = 'ACTIVE'
      RETURNING s.id AS "sessionId", s.user_id AS "userId", s.clinic_id AS "clinicId", u.role`,
      [hashSessionToken(token), this.environment.SESSION_IDLE_MINUTES],
    );
    const row = rows?.[0];
    return row ? { ...row, role: row.role as Role } : undefined;
  }

  async revoke(token: string): Promise<void> {
    await this.owner.query(
      'UPDATE user_session SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL',
      [hashSessionToken(token)],
    );
  }
}
