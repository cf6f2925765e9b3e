import { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { APP_ROLE } from './roles';
import { MIGRATIONS } from './migrations';

export { APP_ROLE };

export type DatabaseRole = 'owner' | 'app';

export function dataSourceOptions(
  url: string,
  role: DatabaseRole,
  appPoolSize = 10,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: false,
    applicationName: `tandem-${role}`,
    extra: { max: role === 'app' ? appPoolSize : 4, connectionTimeoutMillis: 5_000 },
  };
}

export function createDataSource(url: string, role: DatabaseRole): DataSource {
  return new DataSource(dataSourceOptions(url, role));
}

/** The application role's URL: the owner's server and database, as `tandem_app`. */
export function appDatabaseUrl(ownerUrl: string, appPassword: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = appPassword;
  return url.toString();
}
