import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { setLiveConnected } from './live-connection';

function isSubscription({ query }: ApolloLink.Operation): boolean {
  const definition = getMainDefinition(query);
  return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
}

/**
 * Same origin as the API, so the session cookie goes along (JSON POSTs pass CSRF checks, and
 * the websocket upgrade carries the cookie too). The socket opens only when a page subscribes.
 */
export function createApolloClient() {
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const socketUrl = new URL('/graphql', window.location.href);
  socketUrl.protocol = socketUrl.protocol === 'https:' ? 'wss:' : 'ws:';
  const socket = new GraphQLWsLink(
    createClient({
      url: socketUrl.toString(),
      lazy: true,
      retryAttempts: Infinity,
      on: {
        connected: () => setLiveConnected(true),
        closed: () => setLiveConnected(false),
      },
    }),
  );
  return new ApolloClient({
    link: ApolloLink.split(isSubscription, socket, http),
    cache: new InMemoryCache({
      typePolicies: {
        // Every version of an exercise shares its id; a to-do or an assignment shows the
        // version it was given, so versions are cached apart.
        Exercise: { keyFields: ['versionId'] },
      },
    }),
  });
}
