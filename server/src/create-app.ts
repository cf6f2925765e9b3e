import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import helmet from 'helmet';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { resolve } from 'node:path';
import { AppModule, AppModuleOptions } from './app.module';
import { noStoreForApi } from './common/no-store';
import { REPO_ROOT } from './database/provision';
import { answerUnreadableBody } from './graphql/unreadable-body';
import { createLogger } from './logging/json-logger';

export const DEFAULT_CLIENT_DIST = resolve(REPO_ROOT, 'client/dist');

/** Builds the Nest application; main.ts and the integration tests both start it this way. */
export async function createApp(
  options: Omit<AppModuleOptions, 'clientDist'> & { clientDist?: string | null },
): Promise<INestApplication> {
  const { environment } = options;
  const clientDist =
    options.clientDist === null
      ? undefined
      : (options.clientDist ?? environment.CLIENT_DIST_DIR ?? DEFAULT_CLIENT_DIST);
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ ...options, clientDist }),
    { logger: createLogger(environment.LOG_LEVEL), bufferLogs: false },
  );
  // Behind a reverse proxy the client's IP and https come from X-Forwarded-* headers.
  app.set('trust proxy', environment.TRUST_PROXY);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Mantine sets CSS variables in style attributes and a style element.
          'style-src': ["'self'", "'unsafe-inline'"],
          // No third-party origins at all: scripts, fonts and data come from Tandem itself.
          'connect-src': ["'self'"],
        },
      },
    }),
  );
  app.use(noStoreForApi);
  // Nest's own parsers (it adds none when these exist), then a clear answer for what they refuse.
  app.useBodyParser('json');
  app.useBodyParser('urlencoded', { extended: true });
  app.use(answerUnreadableBody);
  return app;
}
