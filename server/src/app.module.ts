import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import {
  DynamicModule,
  MiddlewareConsumer,
  Module,
  NestModule,
  ValidationPipe,
} from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ClsMiddleware } from 'nestjs-cls';
import { existsSync } from 'node:fs';
import { AccessGuard } from './access/access.guard';
import { AccessModule } from './access/access.module';
import { AccountsModule } from './accounts/accounts.module';
import { AuditModule } from './audit/audit.module';
import { AssessmentsModule } from './assessments/assessments.module';
import { AssignmentsModule } from './assignments/assignments.module';
import { AuthModule } from './auth/auth.module';
import { ClinicsModule } from './clinics/clinics.module';
import type { Environment } from './config/environment';
import { ENVIRONMENT } from './config/environment.provider';
import { ContextModule } from './context/context.module';
import { CouplesModule } from './couples/couples.module';
import { DatabaseModule } from './database/database.module';
import type { ProvisionedDatabase } from './database/provision';
import { GraphQLErrorFilter } from './graphql/graphql-error.filter';
import { graphqlOptions } from './graphql/graphql.options';
import { ExercisesModule } from './exercises/exercises.module';
import { HealthModule } from './health/health.module';
import { InsightsModule } from './insights/insights.module';
import { RequestLoggerMiddleware } from './logging/request-logger.middleware';
import { LiveModule } from './live/live.module';
import { MailModule } from './mail/mail.module';
import { NotesModule } from './notes/notes.module';
import { NotificationsModule } from './notifications/notifications.module';
import { SafetyModule } from './safety/safety.module';

export interface AppModuleOptions {
  environment: Environment;
  database: Pick<ProvisionedDatabase, 'appUrl' | 'ownerUrl'>;
  /** The built dashboard to serve, when it exists. */
  clientDist?: string;
}

/** Feature modules, one per domain. */
export const FEATURE_MODULES = [
  AccessModule,
  AuditModule,
  MailModule,
  AuthModule,
  AccountsModule,
  ClinicsModule,
  CouplesModule,
  ExercisesModule,
  AssignmentsModule,
  AssessmentsModule,
  InsightsModule,
  NotesModule,
  NotificationsModule,
  SafetyModule,
  LiveModule,
  HealthModule,
];

@Module({})
export class AppModule implements NestModule {
  static forRoot({ environment, database, clientDist }: AppModuleOptions): DynamicModule {
    const serveClient =
      clientDist && existsSync(clientDist)
        ? [
            ServeStaticModule.forRoot({
              rootPath: clientDist,
              exclude: ['/graphql{*rest}', '/health{*rest}'],
            }),
          ]
        : [];
    return {
      module: AppModule,
      global: true,
      imports: [
        DatabaseModule.forRoot(database, environment.DATABASE_POOL_SIZE),
        ContextModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          ...graphqlOptions(environment.NODE_ENV === 'production'),
        }),
        ...FEATURE_MODULES,
        ...serveClient,
      ],
      providers: [
        { provide: ENVIRONMENT, useValue: environment },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: GraphQLErrorFilter },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({
            transform: true,
            whitelist: true,
            stopAtFirstError: false,
          }),
        },
      ],
      exports: [ENVIRONMENT],
    };
  }

  configure(consumer: MiddlewareConsumer) {
    // The request context opens first, so everything after it can read it.
    consumer.apply(ClsMiddleware, RequestLoggerMiddleware).forRoutes('*path');
  }
}
