import type { INestApplication } from '@nestjs/common';
import { createClient, type Client as WsClient } from 'graphql-ws';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';

/** Makes the app listen (websockets need a real port) and returns its ws URL. */
export async function listen(app: INestApplication): Promise<string> {
  const server = app.getHttpServer();
  if (!server.listening) await app.listen(0, '127.0.0.1');
  return `ws://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

/** A graphql-ws client that sends the session cookie (and an Origin) as a browser would. */
export function socketClient(url: string, headers: Record<string, string>): WsClient {
  class BrowserLikeSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({ url, webSocketImpl: BrowserLikeSocket, retryAttempts: 0, lazy: true });
}

export interface Subscription<T> {
  events: T[];
  errors: unknown[];
  /** Resolves with the next event, or rejects after `ms`. */
  next(ms?: number): Promise<T>;
  /** Resolves once the first error (or close) arrives, or with undefined after `ms`. */
  failure(ms?: number): Promise<unknown>;
  close(): void;
}

export function subscribe<T>(
  client: WsClient,
  query: string,
  variables: Record<string, unknown> = {},
): Subscription<T> {
  const events: T[] = [];
  const errors: unknown[] = [];
  const waiters: Array<() => void> = [];
  const wake = () => waiters.splice(0).forEach((waiter) => waiter());
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) errors.push(result.errors);
        else if (result.data) events.push(result.data as T);
        wake();
      },
      error: (error) => {
        errors.push(error);
        wake();
      },
      complete: wake,
    },
  );
  const waitFor = (ready: () => boolean, ms: number) =>
    new Promise<boolean>((resolve) => {
      if (ready()) return resolve(true);
      const timer = setTimeout(() => resolve(false), ms);
      waiters.push(() => {
        if (ready()) {
          clearTimeout(timer);
          resolve(true);
        } else void waitFor(ready, ms).then(resolve);
      });
    });
  let seen = 0;
  return {
    events,
    errors,
    next: async (ms = 5000) => {
      if (!(await waitFor(() => events.length > seen || errors.length > 0, ms))) {
        throw new Error('No event arrived');
      }
      if (errors.length) throw new Error(`Subscription failed: ${JSON.stringify(errors[0])}`);
      return events[seen++];
    },
    failure: async (ms = 3000) =>
      (await waitFor(() => errors.length > 0, ms)) ? errors[0] : undefined,
    close: () => {
      dispose();
      void client.dispose();
    },
  };
}

export interface SocketAnswer {
  errors: Array<{ message: string; extensions?: { code?: string } & Record<string, unknown> }>;
  /** The close code, when the server closed the socket instead of answering. */
  closed?: number;
}

/**
 * Sends one operation over `client` and returns its first answer: its errors, the close code if
 * the socket was closed instead, or no errors once it has run for `quietMs` without any.
 */
export function socketAnswer(
  client: WsClient,
  query: string,
  variables: Record<string, unknown> = {},
  quietMs = 300,
): Promise<SocketAnswer> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (answer: SocketAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      dispose();
      resolve(answer);
    };
    const timer = setTimeout(() => finish({ errors: [] }), quietMs);
    const dispose = client.subscribe(
      { query, variables },
      {
        next: (result) => finish({ errors: (result.errors ?? []) as SocketAnswer['errors'] }),
        error: (error) => {
          if (Array.isArray(error)) finish({ errors: error as SocketAnswer['errors'] });
          else if (typeof (error as { code?: unknown })?.code === 'number') {
            finish({ errors: [], closed: (error as { code: number }).code });
          } else finish({ errors: [{ message: String(error) }] });
        },
        complete: () => finish({ errors: [] }),
      },
    );
  });
}
