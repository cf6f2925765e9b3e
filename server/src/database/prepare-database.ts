import type { Environment } from '../config/environment';
import { seedDemoClinics } from '../demo/seed-demo';
import { seedDemoCheckins } from '../demo/seed-demo-checkins';
import { seedDemoExercises } from '../demo/seed-demo-exercises';
import { seedDemoNotes } from '../demo/seed-demo-notes';
import { migrateDatabase } from './migrate';
import type { ProvisionedDatabase } from './provision';

/** Migrations, then the demo clinics when DEMO_DATA asks (by default: with the embedded database). */
export function prepareDatabase(
  environment: Pick<Environment, 'DEMO_DATA' | 'DATABASE_URL'>,
  database: ProvisionedDatabase,
  log: (line: string) => void,
): Promise<void> {
  const loadDemo = environment.DEMO_DATA ?? !environment.DATABASE_URL;
  return migrateDatabase(database.ownerUrl, database.appPassword, {
    log,
    afterMigrations: loadDemo
      ? async (owner) => {
          await seedDemoClinics(owner, log);
          await seedDemoExercises(owner, log);
          await seedDemoCheckins(owner, log);
          await seedDemoNotes(owner, log);
        }
      : undefined,
  });
}
