import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import type { IncomingMessage } from 'node:http';
import { readSessionToken } from '../auth/secret-token';
import type { SessionService } from '../auth/session.service';
import type { Actor } from '../context/actor';
import { unauthenticated } from './errors';
import { errorFormatter } from './format-error';
import {
  prepareSocketOperation,
  socketOperationRules,
  type SocketPayload,
} from './socket-operation';

/** The GraphQL context of a websocket operation. */
export interface SocketContext {
  actor: Actor;
  ip?: string;
}

export interface SocketExtra {
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

export interface SocketOptions {
  sessions: SessionService;
  publicUrl: string | undefined;
  production: boolean;
  /** The served schema, known once the GraphQL module has built it. */
  schema: () => GraphQLSchema;
}

/**
 * graphql-ws for Tandem. Sockets authenticate with the same httpOnly session cookie as HTTP,
 * sent with the upgrade request; the session is checked again for every subscription, since a
 * socket can outlive its session. Every message passes the checks HTTP requests pass (see
 * socket-operation.ts) and carries subscriptions only; every error leaves through the same
 * formatter as over HTTP, with a stable code.
 */
export function socketServerOptions({
  sessions,
  publicUrl,
  production,
  schema,
}: SocketOptions): ServerOptions<Record<string, unknown> | undefined, SocketExtra> {
  const rules = socketOperationRules(production);
  const format = errorFormatter(production);
  return {
    onConnect: async (context) => {
      const extra = context.extra;
      if (!originAllowed(extra.request, publicUrl)) return false;
      extra.actor = await actorOf(extra, sessions);
      return !!extra.actor;
    },
    onSubscribe: async (context, _id, payload) => {
      const extra = context.extra;
      extra.actor = await actorOf(extra, sessions);
      if (!extra.actor) return [unauthenticated('Your session has ended. Sign in again.')];
      const prepared = prepareSocketOperation(schema(), rules, payload as SocketPayload);
      if (Array.isArray(prepared)) return prepared;
      return { ...prepared, contextValue: socketContext(extra) };
    },
    onNext: (_context, _id, _payload, _args, result) =>
      result.errors
        ? { ...result, errors: result.errors.map((error) => format(error.toJSON(), error)) }
        : undefined,
    onError: (_context, _id, _payload, errors): GraphQLFormattedError[] =>
      errors.map((error) => format(error.toJSON(), error)),
  };
}

/** The context of a websocket operation, from what onConnect/onSubscribe established. */
export function socketContext(extra: SocketExtra): SocketContext {
  return { actor: extra.actor as Actor, ip: extra.request.socket.remoteAddress };
}
