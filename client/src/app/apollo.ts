import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** Same origin as the API, so the session cookie goes along; JSON POSTs pass CSRF checks. */
export function createApolloClient() {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache(),
  });
}
