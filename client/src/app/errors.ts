import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The stable code of the first GraphQL error, e.g. UNAUTHENTICATED. */
export function errorCode(error: unknown): string | undefined {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors[0]?.extensions?.code as string | undefined;
  }
  return undefined;
}

/** A message a person can act on: the server's own words, or a plain network message. */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors[0]?.message ?? 'Something went wrong.';
  }
  return 'Cannot reach Tandem. Check your connection and try again.';
}
