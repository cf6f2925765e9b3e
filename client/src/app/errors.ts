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

/**
 * The per-field messages of a BAD_USER_INPUT error (`extensions.fields`), keyed by a path
 * such as `prompts.2.options`, so a form can show each one next to its field.
 */
export function errorFields(error: unknown): Record<string, string[]> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const fields = error.errors[0]?.extensions?.fields;
  if (typeof fields !== 'object' || fields === null) return {};
  const result: Record<string, string[]> = {};
  for (const [path, messages] of Object.entries(fields)) {
    if (Array.isArray(messages)) result[path] = messages.map(String);
  }
  return result;
}

/**
 * Whether sending the same request again may succeed: the answer never arrived (network,
 * proxy) or the database was briefly away. Any other GraphQL error is the server's verdict.
 */
export function isRetryable(error: unknown): boolean {
  return !CombinedGraphQLErrors.is(error) || errorCode(error) === 'UNAVAILABLE';
}
