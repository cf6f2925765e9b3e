import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import type { QueryRunner } from 'typeorm';
import { unavailable } from '../graphql/errors';
import { OperationTransaction } from './operation-transaction';
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
 * Runs each GraphQL operation over HTTP in its operation transaction (see
 * OperationTransaction). Commits only when the operation had no errors, and before the
 * response is sent, so nothing is acknowledged that was not stored.
 */
@Plugin()
export class TransactionPlugin implements ApolloServerPlugin {
  private readonly logger = new Logger('Transaction');

  constructor(
    private readonly context: RequestContext,
    private readonly transaction: OperationTransaction,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const { context, transaction, logger } = this;
    /**
     * This request's transaction, once asked for. Apollo runs the plugins' hooks together, so
     * another plugin may refuse the request while this one is still connecting: the response
     * then waits for it here, and nothing is left holding a connection.
     */
    let opening: Promise<QueryRunner | undefined> | undefined;
    return {
      // Opened once the operation is known, before it runs: an error thrown here reaches the
      // client as it is (in executionDidStart Apollo would answer a generic 500).
      async didResolveOperation() {
        if (context.sessionUnknown) throw unavailableNow();
        const pending = transaction.open().catch((error: Error) => {
          logger.error(`Could not open a transaction: ${error.message}`);
          throw unavailableNow();
        });
        opening = pending.catch(() => undefined);
        await pending;
      },
      async willSendResponse({ response, errors }) {
        const runner = await opening;
        if (!runner) return;
        try {
          await transaction.finish(runner, !errors?.length);
        } catch (error) {
          logger.error(`Could not finish a transaction: ${(error as Error).message}`);
          if (response.body.kind === 'single') {
            response.body.singleResult = { errors: [unavailable().toJSON()] };
          }
        }
      },
    };
  }
}
