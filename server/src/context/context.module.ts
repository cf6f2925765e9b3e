import { Global, Logger, Module } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { ClsModule } from 'nestjs-cls';
import { readSessionToken } from '../auth/secret-token';
import { SessionService } from '../auth/session.service';
import { SessionsModule } from '../auth/sessions.module';
import type { TandemStore } from './request-context';
import { OperationTransaction } from './operation-transaction';
import { Sql } from '../database/sql/sql';
import { RequestContext } from './request-context';
import { TransactionPlugin } from './transaction.plugin';

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

/**
 * Opens the request context for every HTTP request: a request id (the caller's
 * X-Request-Id when it looks like one), the client IP, and for GraphQL the actor of
 * a live session cookie.
 */
const logger = new Logger('Session');

@Global()
@Module({
  imports: [
    ClsModule.forRootAsync({
      global: true,
      imports: [SessionsModule],
      inject: [SessionService],
      useFactory: (sessions: SessionService) => ({
        middleware: {
          mount: false,
          generateId: true,
          idGenerator: (req: Request) => {
            const given = req.headers['x-request-id'];
            return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
          },
          setup: async (cls, req: Request) => {
            cls.set<TandemStore['ip']>('ip', req.ip);
            const token = req.originalUrl.startsWith('/graphql')
              ? readSessionToken(req.headers.cookie)
              : undefined;
            if (!token) return;
            try {
              cls.set<TandemStore['actor']>('actor', await sessions.resolve(token));
            } catch (error) {
              // The database is unreachable: answered UNAVAILABLE by the transaction plugin,
              // never as if the person had signed out.
              logger.warn(`Session lookup failed: ${(error as Error).message}`);
              cls.set<TandemStore['sessionUnknown']>('sessionUnknown', true);
            }
          },
        },
      }),
    }),
  ],
  providers: [RequestContext, TransactionPlugin, OperationTransaction, Sql],
  exports: [RequestContext, OperationTransaction, Sql],
})
export class ContextModule {}
