import 'reflect-metadata';
import type { Server } from 'node:http';
import { INestApplication, Logger } from '@nestjs/common';
import { EnvironmentError, loadEnvironment } from './config/environment';
import { createApp } from './create-app';
import { drainOnShutdown } from './http-drain';
import { prepareDatabase } from './database/prepare-database';
import { provisionDatabase, ProvisionedDatabase } from './database/provision';
import { createLogger } from './logging/json-logger';

async function main() {
  let environment;
  try {
    environment = loadEnvironment(process.env);
  } catch (error) {
    if (error instanceof EnvironmentError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  Logger.overrideLogger(createLogger(environment.LOG_LEVEL));
  const logger = new Logger('Tandem');
  const log = (line: string) => logger.log(line);
  log(`Starting on Node ${process.version}`);

  const database = await provisionDatabase(environment, log);
  // Signals can arrive before the app exists (during migrations); shutdown checks.
  const running: Running = {};
  registerShutdown(running, database, logger);

  if (environment.RUN_MIGRATIONS) await prepareDatabase(environment, database, log);
  const app = await createApp({ environment, database });
  await app.listen(environment.PORT, environment.HOST);
  running.app = app;
  // Nest types its HTTP server as any; under Express it is Node's.
  running.drain = drainOnShutdown(app.getHttpServer() as Server);
  log(`Tandem is ready at http://localhost:${environment.PORT}`);
}

interface Running {
  app?: INestApplication;
  drain?: (timeoutMs: number) => Promise<number>;
}

/** How long requests in flight may take to finish after SIGTERM. */
const DRAIN_TIMEOUT_MS = 20_000;

/**
 * Stops in order: stop taking connections and finish the requests in flight (they still have
 * the database), then the app (sockets, jobs, pools), then an embedded PostgreSQL.
 */
function registerShutdown(running: Running, database: ProvisionedDatabase, logger: Logger) {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: shutting down`);
    const timer = setTimeout(() => {
      logger.error('Shutdown took longer than 25 s; exiting');
      process.exit(1);
    }, 25_000);
    try {
      const unfinished = await running.drain?.(DRAIN_TIMEOUT_MS);
      if (unfinished) logger.error(`${unfinished} requests were still running after 20 s`);
      await running.app?.close();
      await database.embedded?.stop();
    } finally {
      clearTimeout(timer);
      process.exit(0);
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error) => {
  console.error(
    `Tandem could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
