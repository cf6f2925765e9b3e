import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { getMainDefinition } from '@apollo/client/utilities';
import { from, mergeMap } from 'rxjs';

function isSubscription({ query }: ApolloLink.Operation): boolean {
  const definition = getMainDefinition(query);
  return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
}

/**
 * The websocket link, with graphql-ws, loaded on the first subscription: the first page
 * (sign-in, a client's to-dos) does not wait for code it does not use.
 */
function lazySocketLink(): ApolloLink {
  let socket: Promise<ApolloLink> | undefined;
  const load = () =>
    (socket ??= import('./socket-link').then(({ createSocketLink }) => createSocketLink()));
  return new ApolloLink((operation, forward) =>
    from(load()).pipe(mergeMap((link) => link.request(operation, forward)!)),
  );
}

/**
 * Same origin as the API, so the session cookie goes along (JSON POSTs pass CSRF checks, and
 * the websocket upgrade carries the cookie too). The socket opens only when a page subscribes.
 */
export function createApolloClient() {
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  return new ApolloClient({
    link: ApolloLink.split(isSubscription, lazySocketLink(), http),
    cache: new InMemoryCache({
      typePolicies: {
        // Every version of an exercise shares its id; a to-do or an assignment shows the
        // version it was given, so versions are cached apart.
        Exercise: { keyFields: ['versionId'] },
      },
    }),
  });
}
