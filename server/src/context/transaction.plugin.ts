import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { GraphQLError } from 'graphql';
import { DataSource, type QueryRunner } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { unavailable } from '../graphql/errors';
import { RequestContext } from './request-context';

/** How long a client is asked to wait before trying again while the database is away. */
const RETRY_AFTER_SECONDS = 1;

/**
 * UNAVAILABLE with HTTP 503 and `Retry-After`, for an operation refused before it starts, so
 * that proxies and clients that know HTTP, not GraphQL, also back off and retry.
 */
function unavailableNow(): GraphQLError {
  const refusal = unavailable();
  return new GraphQLError(refusal.message, {
    extensions: {
      ...refusal.extensions,
      http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
    },
  });
}

/**
 * Runs each GraphQL operation in one transaction on the application role, with the
 * actor's clinic set for row-level security (transaction-local, so a pooled connection
 * never carries it into the next request). Commits only when the operation had no errors,
 * and before the response is sent, so nothing is acknowledged that was not stored.
 */
@Plugin()
export class TransactionPlugin implements ApolloServerPlugin {
  private readonly logger = new Logger('Transaction');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly context: RequestContext,
    private readonly audit: AuditService,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const { context, dataSource, logger, audit } = this;
    /**
     * This request's transaction, once asked for. Apollo runs the plugins' hooks together, so
     * another plugin may refuse the request while this one is still connecting: the response
     * then waits for it here, and nothing is left holding a connection.
     */
    let opening: Promise<QueryRunner | undefined> | undefined;
    const open = async (): Promise<QueryRunner> => {
      const runner = dataSource.createQueryRunner();
      try {
        await runner.connect();
        await runner.startTransaction();
        const actor = context.actor;
        await runner.query(
          "SELECT set_config('app.clinic_id', $1, true), set_config('app.user_id', $2, true)",
          [actor?.clinicId ?? '', actor?.userId ?? ''],
        );
        return runner;
      } catch (error) {
        await runner.release().catch(() => undefined);
        logger.error(`Could not open a transaction: ${(error as Error).message}`);
        throw unavailableNow();
      }
    };
    return {
      // Opened once the operation is known, before it runs: an error thrown here reaches the
      // client as it is (in executionDidStart Apollo would answer a generic 500).
      async didResolveOperation() {
        if (context.sessionUnknown) throw unavailableNow();
        const pending = open();
        opening = pending.catch(() => undefined);
        context.queryRunner = await pending;
      },
      async willSendResponse({ response, errors }) {
        const runner = await opening;
        context.queryRunner = undefined;
        if (!runner) return;
        try {
          if (errors?.length || !runner.isTransactionActive) {
            if (runner.isTransactionActive) await runner.rollbackTransaction();
          } else {
            await audit.flushInto(runner.manager, context.actor?.clinicId);
            await runner.commitTransaction();
          }
        } catch (error) {
          logger.error(`Could not finish a transaction: ${(error as Error).message}`);
          if (response.body.kind === 'single') {
            response.body.singleResult = { errors: [unavailable().toJSON()] };
          }
        } finally {
          await runner.release();
          // Denials, failed sign-ins and events of a rolled-back operation are kept too.
          await audit
            .flushAside()
            .catch((error: Error) => logger.error(`Audit write failed: ${error.message}`));
        }
      },
    };
  }
}
