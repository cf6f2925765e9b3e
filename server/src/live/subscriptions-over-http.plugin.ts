import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { RequestContext } from '../context/request-context';
import { badUserInput, unauthenticated } from '../graphql/errors';

/**
 * Subscriptions live on the websocket (graphql-ws). Over HTTP, Apollo would run a
 * subscription's resolver once with no event and no guard; answer clearly instead.
 */
@Plugin()
export class SubscriptionsOverHttpPlugin implements ApolloServerPlugin {
  constructor(private readonly context: RequestContext) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const context = this.context;
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation !== 'subscription') return;
        if (!context.actor) throw unauthenticated();
        throw badUserInput('Subscriptions are served over a websocket (graphql-ws) at /graphql.');
      },
    };
  }
}
