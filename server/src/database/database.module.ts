import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions } from 'typeorm';
import { hearConnectionErrors } from './connection-errors';
import { dataSourceOptions } from './data-source';
import type { ProvisionedDatabase } from './provision';

export const OWNER_CONNECTION = 'owner';

const initialize = async (options?: DataSourceOptions) =>
  hearConnectionErrors(await new DataSource(options!).initialize());

/**
 * The application role's DataSource (the default one, for all request work) and the
 * owner's (named `owner`, for sign-in and session lookups that precede a clinic).
 */
@Module({})
export class DatabaseModule {
  static forRoot(
    database: Pick<ProvisionedDatabase, 'appUrl' | 'ownerUrl'>,
    appPoolSize: number,
  ): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSourceOptions(database.appUrl, 'app', appPoolSize),
          dataSourceFactory: initialize,
        }),
        TypeOrmModule.forRootAsync({
          name: OWNER_CONNECTION,
          // TypeORM 1 dropped `name` from its options; @nestjs/typeorm still needs it back.
          useFactory: () =>
            ({
              ...dataSourceOptions(database.ownerUrl, 'owner'),
              name: OWNER_CONNECTION,
            }) as unknown as DataSourceOptions,
          dataSourceFactory: initialize,
        }),
      ],
    };
  }
}
