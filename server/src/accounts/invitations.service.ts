import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@tandem/shared';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../access/access-policy';
import type { Action } from '../access/actions';
import { AuditOutcome } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { LoginRateLimiter } from '../auth/login-rate-limiter';
import { PasswordHasher } from '../auth/password-hasher';
import { hashSecretToken, linkWithToken, newSecretToken } from '../auth/secret-token';
import { SessionService } from '../auth/session.service';
import * as clinics from '../clinics/clinic-name.queries';
import { PageArgs } from '../common/page.args';
import type { Environment } from '../config/environment';
import { InjectEnvironment } from '../config/environment.provider';
import { RequestContext } from '../context/request-context';
import { OWNER_CONNECTION } from '../database/database.module';
import { Sql, sqlOn, type SqlSession } from '../database/sql';
import { Mailer } from '../mail/mailer.service';
import { conflict, notFound } from '../graphql/errors';
import * as accounts from './accounts.queries';
import { InviteUserInput } from './dto/account.inputs';
import {
  InvitationLinkModel,
  InvitationModel,
  InvitationPageModel,
  InvitationPreviewModel,
  InvitationStatus,
} from './models/invitation.model';
import * as queries from './invitations.queries';

const VALID_DAYS = 7;

const UNIQUE_VIOLATION = '23505';

const EMAIL_TAKEN =
  'This email address already has a Tandem account, so this invitation cannot make another. ' +
  'Sign in with that account, or ask whoever invited you to invite a different address.';

const INVALID_LINK =
  'This invitation link is not valid: it may have expired, been replaced or already been used.';

/**
 * Invitations: single-use links, valid for 7 days, of which only a hash is stored. Admin
 * work runs on the request's transaction (row-level security) and is audited by the policy;
 * reading and accepting a link comes before any session, so it goes through the owner
 * connection, and its acceptance is an identity event recorded here.
 */
@Injectable()
export class InvitationsService {
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
    @InjectDataSource(OWNER_CONNECTION) private readonly owner: DataSource,
    @InjectEnvironment() private readonly environment: Environment,
    private readonly mailer: Mailer,
  ) {
    this.ownerSql = sqlOn(owner.manager);
  }

  async invite(input: InviteUserInput): Promise<InvitationLinkModel> {
    const actor = this.context.requiredActor;
    // This clinic's accounts only (row-level security): an address of another clinic's account
    // is invited like a new one, and its acceptance is refused to the invitee alone.
    const { taken } = await this.sql.one(accounts.emailTaken, [input.email]);
    if (taken) throw conflict('This email address already has an account in your clinic.');
    const { pending } = await this.sql.one(queries.pendingInvitationTo, [input.email]);
    if (pending)
      throw conflict('An invitation to this email address is already waiting. Resend it instead.');
    const token = newSecretToken();
    const { id } = await this.sql.one(queries.insertInvitation, [
      actor.clinicId,
      input.email,
      input.displayName,
      Role[input.role],
      hashSecretToken(token),
      actor.userId,
      VALID_DAYS,
    ]);
    this.policy.created('invitation.create', id);
    return this.link(id, token);
  }

  /** A fresh link and seven more days; the old link stops working. */
  async resend(id: string): Promise<InvitationLinkModel> {
    const token = newSecretToken();
    const renewed = await this.sql.execute(queries.renewInvitation, [
      id,
      hashSecretToken(token),
      VALID_DAYS,
    ]);
    if (renewed === 0) throw this.notOpen(id, 'invitation.resend');
    this.policy.used('invitation.resend', [], id);
    return this.link(id, token);
  }

  async revoke(id: string): Promise<InvitationModel> {
    const revoked = await this.sql.execute(queries.revokeInvitation, [id]);
    if (revoked === 0) throw this.notOpen(id, 'invitation.revoke');
    this.policy.used('invitation.revoke', [], id);
    return this.find(id);
  }

  async list(
    status: InvitationStatus | undefined,
    { limit, offset }: PageArgs,
  ): Promise<InvitationPageModel> {
    const items = await this.sql.rows(queries.invitationPage, [limit, offset, status ?? null]);
    const { total } = await this.sql.one(queries.invitationCount, [status ?? null]);
    return { items, totalCount: total };
  }

  async preview(token: string): Promise<InvitationPreviewModel> {
    await this.rateLimiter.linkAttempt(this.context.ip ?? 'unknown', token);
    const row = await this.ownerSql.maybeOne(queries.invitationPreview, [hashSecretToken(token)]);
    if (!row) throw await this.invalidLink(token);
    return row;
  }

  /**
   * Creates the account, uses up the link and starts a session, all or nothing. The link is
   * looked up first: a wrong one costs a rate-limit count and one indexed read, never the
   * password hash (argon2id, 19 MiB).
   */
  async accept(token: string, password: string) {
    await this.rateLimiter.linkAttempt(this.context.ip ?? 'unknown', token);
    const open = await this.ownerSql.maybeOne(queries.openInvitation, [hashSecretToken(token)]);
    if (!open) throw await this.invalidLink(token);
    await this.refuseTakenEmail(open);
    const passwordHash = await this.hasher.hash(password);
    const user = await this.owner.transaction(async (manager) => {
      const sql = sqlOn(manager);
      // Again under a lock: a simultaneous accept of the same link may have used it up.
      const invitation = await sql.maybeOne(queries.lockOpenInvitation, [hashSecretToken(token)]);
      if (!invitation) throw notFound('invitation', INVALID_LINK);
      await this.refuseTakenEmail(invitation, sql);
      const created = await this.insertAccount(sql, invitation, passwordHash);
      await sql.execute(queries.markInvitationAccepted, [invitation.id]);
      return { ...invitation, id: created.id, invitationId: invitation.id };
    });
    this.audit.record({
      action: 'invitation.accept',
      entityType: 'invitation',
      entityId: user.invitationId,
      actor: { userId: user.id, role: user.role, clinicId: user.clinicId },
    });
    const session = await this.sessions.start(user, this.context.ip);
    const viewer = await this.ownerSql.one(accounts.viewerById, [user.id]);
    return { viewer, session };
  }

  /** A link that leads to no open invitation: counted against its prefix, then refused. */
  private async invalidLink(token: string) {
    await this.rateLimiter.linkFailed(token);
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
    sql: SqlSession = this.ownerSql,
  ) {
    const { taken } = await sql.one(accounts.emailTaken, [invitation.email]);
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
    sql: SqlSession,
    invitation: { id: string; clinicId: string; email: string; displayName: string; role: Role },
    passwordHash: string,
  ): Promise<{ id: string }> {
    try {
      return await sql.one(accounts.insertAccount, [
        invitation.clinicId,
        invitation.email,
        invitation.displayName,
        invitation.role,
        passwordHash,
      ]);
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw this.emailTaken(invitation.id);
      }
      throw error;
    }
  }

  /** The link, shown to the admin and emailed to the invitee where SMTP is configured. */
  private async link(id: string, token: string): Promise<InvitationLinkModel> {
    const url = linkWithToken(this.environment, '/accept-invitation', token);
    const invitation = await this.find(id);
    const { clinicName } = await this.sql.one(clinics.clinicName, [
      this.context.requiredActor.clinicId,
    ]);
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

  private async find(id: string): Promise<InvitationModel> {
    const row = await this.sql.maybeOne(queries.invitationById, [id]);
    if (!row) throw notFound('invitation');
    return row;
  }

  /** Missing, of another clinic, accepted or revoked: all answer alike. */
  private notOpen(id: string, action: Action) {
    this.policy.denied(action, 'invitation', id);
    return notFound(
      'invitation',
      'That invitation was not found, or it was already accepted or revoked.',
    );
  }
}
