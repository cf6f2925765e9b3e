import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditOutcome } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { LoginRateLimiter } from '../auth/login-rate-limiter';
import { PasswordHasher } from '../auth/password-hasher';
import { hashSecretToken, newSecretToken } from '../auth/secret-token';
import { SessionService } from '../auth/session.service';
import { ViewerModel } from '../auth/models/viewer.model';
import { findViewer } from '../auth/viewer.query';
import { PageArgs } from '../common/page.args';
import type { Environment } from '../config/environment';
import { InjectEnvironment } from '../config/environment.provider';
import { RequestContext } from '../context/request-context';
import { OWNER_CONNECTION } from '../database/database.module';
import { Mailer } from '../mail/mailer.service';
import { conflict, notFound } from '../graphql/errors';
import { InviteUserInput } from './dto/account.inputs';
import {
  InvitationLinkModel,
  InvitationModel,
  InvitationPageModel,
  InvitationPreviewModel,
  InvitationStatus,
} from './models/invitation.model';

const VALID_DAYS = 7;

const STATUS = `CASE WHEN i.accepted_at IS NOT NULL THEN 'ACCEPTED'
                    WHEN i.revoked_at IS NOT NULL THEN 'REVOKED'
                    WHEN i.expires_at <= now() THEN 'EXPIRED'
                    ELSE 'PENDING' END`;

const INVITATION_COLUMNS = `i.id, i.email, i.display_name AS "displayName", i.role, ${STATUS} AS status,
  i.created_at AS "createdAt", i.expires_at AS "expiresAt", u.display_name AS "invitedByName"`;

/** An invitation `i` whose link still works. */
const OPEN = 'i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()';

const UNIQUE_VIOLATION = '23505';

const EMAIL_TAKEN =
  'This email address already has a Tandem account, so this invitation cannot make another. ' +
  'Sign in with that account, or ask whoever invited you to invite a different address.';

const INVALID_LINK =
  'This invitation link is not valid: it may have expired, been replaced or already been used.';

/**
 * Invitations: single-use links, valid for 7 days, of which only a hash is stored. Admin
 * work runs on the request's transaction (row-level security); reading and accepting a link
 * comes before any session, so it goes through the owner connection.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly context: RequestContext,
    private readonly audit: AuditService,
    private readonly hasher: PasswordHasher,
    private readonly rateLimiter: LoginRateLimiter,
    private readonly sessions: SessionService,
    @InjectDataSource(OWNER_CONNECTION) private readonly owner: DataSource,
    @InjectEnvironment() private readonly environment: Environment,
    private readonly mailer: Mailer,
  ) {}

  async invite(input: InviteUserInput): Promise<InvitationLinkModel> {
    const actor = this.context.requiredActor;
    const manager = this.context.manager;
    // This clinic's accounts only (row-level security): an address of another clinic's account
    // is invited like a new one, and its acceptance is refused to the invitee alone.
    const [taken] = await manager.query('SELECT 1 FROM app_user WHERE email = $1', [input.email]);
    if (taken) throw conflict('This email address already has an account in your clinic.');
    const [pending] = await manager.query(
      `SELECT id FROM invitation WHERE email = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()`,
      [input.email],
    );
    if (pending)
      throw conflict('An invitation to this email address is already waiting. Resend it instead.');
    const token = newSecretToken();
    const [{ id }] = await manager.query(
      `INSERT INTO invitation (clinic_id, email, display_name, role, token_hash, invited_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(days => $7)) RETURNING id`,
      [
        actor.clinicId,
        input.email,
        input.displayName,
        input.role,
        hashSecretToken(token),
        actor.userId,
        VALID_DAYS,
      ],
    );
    this.audit.record({ action: 'invitation.create', entityType: 'invitation', entityId: id });
    return this.link(manager, id, token);
  }

  /** A fresh link and seven more days; the old link stops working. */
  async resend(id: string): Promise<InvitationLinkModel> {
    const manager = this.context.manager;
    const token = newSecretToken();
    const [rows] = await manager.query(
      `UPDATE invitation SET token_hash = $2, expires_at = now() + make_interval(days => $3)
        WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL RETURNING id`,
      [id, hashSecretToken(token), VALID_DAYS],
    );
    if (!rows.length) throw this.notOpen(id, 'invitation.resend');
    this.audit.record({ action: 'invitation.resend', entityType: 'invitation', entityId: id });
    return this.link(manager, id, token);
  }

  async revoke(id: string): Promise<InvitationModel> {
    const manager = this.context.manager;
    const [rows] = await manager.query(
      `UPDATE invitation SET revoked_at = now() WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL RETURNING id`,
      [id],
    );
    if (!rows.length) throw this.notOpen(id, 'invitation.revoke');
    this.audit.record({ action: 'invitation.revoke', entityType: 'invitation', entityId: id });
    return this.find(manager, id);
  }

  async list(
    status: InvitationStatus | undefined,
    { limit, offset }: PageArgs,
  ): Promise<InvitationPageModel> {
    const manager = this.context.manager;
    const filter = status ? `WHERE ${STATUS} = $3` : '';
    const items = await manager.query(
      `SELECT ${INVITATION_COLUMNS} FROM invitation i JOIN app_user u ON u.id = i.invited_by
        ${filter} ORDER BY i.created_at DESC, i.id LIMIT $1 OFFSET $2`,
      status ? [limit, offset, status] : [limit, offset],
    );
    const [{ total }] = await manager.query(
      `SELECT count(*)::int AS total FROM invitation i ${status ? `WHERE ${STATUS} = $1` : ''}`,
      status ? [status] : [],
    );
    return { items, totalCount: total };
  }

  async preview(token: string): Promise<InvitationPreviewModel> {
    await this.rateLimiter.invitationAttempt(this.context.ip ?? 'unknown', token);
    const [row] = await this.owner.query(
      `SELECT c.name AS "clinicName", i.email, i.display_name AS "displayName", i.role
         FROM invitation i JOIN clinic c ON c.id = i.clinic_id
        WHERE i.token_hash = $1 AND ${OPEN}`,
      [hashSecretToken(token)],
    );
    if (!row) throw await this.invalidLink(token);
    return row;
  }

  /**
   * Creates the account, uses up the link and starts a session, all or nothing. The link is
   * looked up first: a wrong one costs a rate-limit count and one indexed read, never the
   * password hash (argon2id, 19 MiB).
   */
  async accept(token: string, password: string) {
    await this.rateLimiter.invitationAttempt(this.context.ip ?? 'unknown', token);
    const [open] = await this.owner.query(
      `SELECT i.id, i.email FROM invitation i WHERE i.token_hash = $1 AND ${OPEN}`,
      [hashSecretToken(token)],
    );
    if (!open) throw await this.invalidLink(token);
    await this.refuseTakenEmail(open);
    const passwordHash = await this.hasher.hash(password);
    const user = await this.owner.transaction(async (manager) => {
      // Again under a lock: a simultaneous accept of the same link may have used it up.
      const [invitation] = await manager.query(
        `SELECT id, clinic_id AS "clinicId", email, display_name AS "displayName", role
           FROM invitation i WHERE i.token_hash = $1 AND ${OPEN} FOR UPDATE`,
        [hashSecretToken(token)],
      );
      if (!invitation) throw notFound('invitation', INVALID_LINK);
      await this.refuseTakenEmail(invitation, manager);
      const created = await this.insertAccount(manager, invitation, passwordHash);
      await manager.query('UPDATE invitation SET accepted_at = now() WHERE id = $1', [
        invitation.id,
      ]);
      return { ...invitation, id: created.id, invitationId: invitation.id };
    });
    this.audit.record({
      action: 'invitation.accept',
      entityType: 'invitation',
      entityId: user.invitationId,
      actor: { userId: user.id, role: user.role, clinicId: user.clinicId },
    });
    const session = await this.sessions.start(user, this.context.ip);
    const viewer = (await findViewer(this.owner.manager, user.id)) as ViewerModel;
    return { viewer, session };
  }

  /** A link that leads to no open invitation: counted against its prefix, then refused. */
  private async invalidLink(token: string) {
    await this.rateLimiter.invitationFailed(token);
    return notFound('invitation', INVALID_LINK);
  }

  /**
   * Emails are unique across clinics (they are how people sign in), so this check sees every
   * clinic. The answer goes to whoever holds the link, the invitee; the inviting clinic sees
   * the invitation still waiting, and its audit log holds nothing of it (the record has no
   * clinic), so it learns nothing about other clinics' accounts.
   */
  private async refuseTakenEmail(
    invitation: { id: string; email: string },
    manager: EntityManager = this.owner.manager,
  ) {
    const [taken] = await manager.query('SELECT 1 FROM app_user WHERE email = $1', [
      invitation.email,
    ]);
    if (taken) throw this.emailTaken(invitation.id);
  }

  private emailTaken(invitationId: string) {
    this.audit.record({
      action: 'invitation.accept',
      entityType: 'invitation',
      entityId: invitationId,
      outcome: AuditOutcome.DENIED,
      actor: { userId: null, role: null, clinicId: null },
    });
    return conflict(EMAIL_TAKEN);
  }

  /** The invited account; an address taken meanwhile (by another clinic's link) is refused. */
  private async insertAccount(
    manager: EntityManager,
    invitation: { id: string; clinicId: string; email: string; displayName: string; role: string },
    passwordHash: string,
  ): Promise<{ id: string }> {
    try {
      const [created] = await manager.query(
        `INSERT INTO app_user (clinic_id, email, display_name, role, password_hash, version)
         VALUES ($1, $2, $3, $4, $5, 1) RETURNING id`,
        [
          invitation.clinicId,
          invitation.email,
          invitation.displayName,
          invitation.role,
          passwordHash,
        ],
      );
      return created;
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw this.emailTaken(invitation.id);
      }
      throw error;
    }
  }

  /** The link, shown to the admin and emailed to the invitee where SMTP is configured. */
  private async link(
    manager: EntityManager,
    id: string,
    token: string,
  ): Promise<InvitationLinkModel> {
    const base = (
      this.environment.PUBLIC_URL ?? `http://localhost:${this.environment.PORT}`
    ).replace(/\/+$/, '');
    // The token travels in the fragment, which browsers never send to a server or in a Referer.
    const url = `${base}/accept-invitation#${token}`;
    const invitation = await this.find(manager, id);
    const [{ clinicName }] = await manager.query(
      'SELECT name AS "clinicName" FROM clinic WHERE id = $1',
      [this.context.requiredActor.clinicId],
    );
    const emailed = await this.mailer.send({
      to: invitation.email,
      subject: `Your invitation to ${clinicName} on Tandem`,
      text:
        `Hello ${invitation.displayName},\n\n${invitation.invitedByName} invited you to join ${clinicName} on Tandem.\n` +
        `Open this link to choose your password (it works once, for 7 days):\n\n${url}\n\n` +
        'If you did not expect this invitation, you can ignore this email.',
    });
    return { invitation, url, emailed };
  }

  private async find(manager: EntityManager, id: string): Promise<InvitationModel> {
    const [row] = await manager.query(
      `SELECT ${INVITATION_COLUMNS} FROM invitation i JOIN app_user u ON u.id = i.invited_by WHERE i.id = $1`,
      [id],
    );
    if (!row) throw notFound('invitation');
    return row;
  }

  /** Missing, of another clinic, accepted or revoked: all answer alike. */
  private notOpen(id: string, action: string) {
    this.audit.record({
      action,
      entityType: 'invitation',
      entityId: id,
      outcome: AuditOutcome.DENIED,
    });
    return notFound(
      'invitation',
      'That invitation was not found, or it was already accepted or revoked.',
    );
  }
}
