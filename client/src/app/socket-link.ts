import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';
import { setLiveConnected } from './live-connection';

/** Subscriptions over one websocket to /graphql; the session cookie goes with the upgrade. */
export function createSocketLink(): GraphQLWsLink {
  const socketUrl = new URL('/graphql', window.location.href);
  socketUrl.protocol = socketUrl.protocol === 'https:' ? 'wss:' : 'ws:';
  return new GraphQLWsLink(
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
}
