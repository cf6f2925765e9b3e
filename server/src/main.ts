import 'reflect-metadata';
import { INestApplication, Logger } from '@nestjs/common';
import { EnvironmentError, loadEnvironment } from './config/environment';
import { createApp } from './create-app';
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

  const database = await provisionDatabase(environment, log);
  // Signals can arrive before the app exists (during migrations); shutdown checks.
  const running: { app?: INestApplication } = {};
  registerShutdown(() => running.app, database, logger);

  if (environment.RUN_MIGRATIONS) await prepareDatabase(environment, database, log);
  const app = await createApp({ environment, database });
  running.app = app;
  await app.listen(environment.PORT, environment.HOST);
  log(`Tandem is ready at http://localhost:${environment.PORT}`);
}

/** Stops in order: stop taking requests and finish in-flight ones, then PostgreSQL. */
function registerShutdown(
  app: () => INestApplication | undefined,
  database: ProvisionedDatabase,
  logger: Logger,
) {
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
      await app()?.close();
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
