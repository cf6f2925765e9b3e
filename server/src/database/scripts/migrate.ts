import 'reflect-metadata';
import { loadEnvironment } from '../../config/environment';
import { prepareDatabase } from '../prepare-database';
import { provisionDatabase } from '../provision';

/** One-shot migration (and demo seed when DEMO_DATA=true), e.g. before replicas start. */
async function main() {
  const environment = loadEnvironment(process.env);
  const log = (line: string) => console.warn(line);
  const database = await provisionDatabase(environment, log);
  try {
    await prepareDatabase(environment, database, log);
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
