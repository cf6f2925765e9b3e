import 'reflect-metadata';
import { loadEnvironment } from '../../config/environment';
import { seedDemoClinics } from '../../demo/seed-demo';
import { migrateDatabase } from '../migrate';
import { provisionDatabase } from '../provision';

/** One-shot migration (and demo seed when DEMO_DATA=true), e.g. before replicas start. */
async function main() {
  const environment = loadEnvironment(process.env);
  const log = (line: string) => console.warn(line);
  const database = await provisionDatabase(environment, log);
  try {
    await migrateDatabase(database.ownerUrl, database.appPassword, {
      log,
      afterMigrations:
        (environment.DEMO_DATA ?? !environment.DATABASE_URL)
          ? (owner) => seedDemoClinics(owner, log)
          : undefined,
    });
    log('The database is up to date.');
  } finally {
    await database.embedded?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
