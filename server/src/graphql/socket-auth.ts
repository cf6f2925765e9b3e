import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { IncomingMessage } from 'node:http';
import { readSessionToken } from '../auth/secret-token';
import type { SessionService } from '../auth/session.service';
import type { Actor } from '../context/actor';
import { unauthenticated } from './errors';

/** The GraphQL context of a websocket operation. */
export interface SocketContext {
  actor: Actor;
  ip?: string;
}

interface SocketExtra {
  request: IncomingMessage;
  actor?: Actor;
}

/** A browser's websocket must come from the dashboard's own origin (or PUBLIC_URL's). */
function originAllowed(request: IncomingMessage, publicUrl: string | undefined): boolean {
  const origin = request.headers.origin;
  if (!origin) return true; // not a browser: the session cookie still has to be valid
  const host = new URL(origin).host;
  return host === request.headers.host || (!!publicUrl && new URL(publicUrl).origin === origin);
}

async function actorOf(extra: SocketExtra, sessions: SessionService): Promise<Actor | undefined> {
  const token = readSessionToken(extra.request.headers.cookie);
  return token ? sessions.resolve(token) : undefined;
}

/**
 * Websocket subscriptions (graphql-ws) authenticate with the same httpOnly session cookie as
 * HTTP, sent with the upgrade request. The session is checked again for every subscription,
 * since a socket can outlive its session (sign-out, deactivation, idle timeout).
 */
export function socketAuthentication(
  sessions: SessionService,
  publicUrl: string | undefined,
): GraphQLWsSubscriptionsConfig {
  return {
    onConnect: async (context) => {
      const extra = context.extra as SocketExtra;
      if (!originAllowed(extra.request, publicUrl)) return false;
      extra.actor = await actorOf(extra, sessions);
      return !!extra.actor;
    },
    onSubscribe: async (context) => {
      const extra = context.extra as SocketExtra;
      extra.actor = await actorOf(extra, sessions);
      if (!extra.actor) return [unauthenticated('Your session has ended. Sign in again.')];
      return undefined;
    },
  };
}

/** The context of a websocket operation, from what onConnect/onSubscribe established. */
export function socketContext(extra: SocketExtra): SocketContext {
  return { actor: extra.actor as Actor, ip: extra.request.socket.remoteAddress };
}
