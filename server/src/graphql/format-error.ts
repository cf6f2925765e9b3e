import { HttpException, HttpStatus, Logger } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';
import { ErrorCode, internal, unavailable } from './errors';

const logger = new Logger('GraphQLError');

const STABLE_CODES = new Set<string>(Object.values(ErrorCode));

/** Apollo's own codes for requests that never reached a resolver: all the client's doing. */
const REQUEST_PROBLEMS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
]);

const HTTP_STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: ErrorCode.BadUserInput,
  [HttpStatus.UNAUTHORIZED]: ErrorCode.Unauthenticated,
  [HttpStatus.FORBIDDEN]: ErrorCode.Forbidden,
  [HttpStatus.NOT_FOUND]: ErrorCode.NotFound,
  [HttpStatus.CONFLICT]: ErrorCode.Conflict,
  [HttpStatus.TOO_MANY_REQUESTS]: ErrorCode.RateLimited,
};

/**
 * graphql-js ends a message with its guesses at what was meant: a field, an argument, a type,
 * an enum value, an input field ("… Did you mean "OPEN"?"). Each one maps out the schema.
 */
const SUGGESTION = /\s*Did you mean .*\?$/s;

/**
 * The error formatter of every GraphQL answer, over HTTP and the websocket alike. In
 * production it also strips graphql-js's suggestions, where introspection is off too:
 * graphql-armor's blocker only knows field suggestions in validation, not enum values or
 * what a variable carries.
 */
export function errorFormatter(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const answer = formatError(formatted, error);
    return production ? { ...answer, message: answer.message.replace(SUGGESTION, '') } : answer;
  };
}

/**
 * Every error leaves with one of the stable codes and a message a person can act on.
 * Anything unexpected is logged (without variables, which may hold clinical content) and
 * answered with a generic message, so internals never reach the client.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  const { message, locations, path } = formatted;
  if (STABLE_CODES.has(code) && code !== ErrorCode.Internal) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { message, locations, path, extensions: { ...extensions, code } };
  }
  const original = (error as { originalError?: unknown })?.originalError;
  if (original instanceof HttpException) {
    const mapped = HTTP_STATUS_CODES[original.getStatus()];
    if (mapped) {
      return {
        message: httpMessage(original.getResponse(), original.message),
        locations,
        path,
        extensions: { code: mapped },
      };
    }
  }
  if (REQUEST_PROBLEMS.has(code)) {
    // Nest turns a ValidationPipe rejection into BAD_REQUEST with the details beside it.
    const details = formatted.extensions?.originalError;
    return {
      message: httpMessage(details, message),
      locations,
      path,
      extensions: { code: ErrorCode.BadUserInput },
    };
  }
  if (isDatabaseUnreachable(original)) {
    logger.warn(`Database unreachable at ${path?.join('.') ?? 'request'}`);
    return { ...unavailable().toJSON(), path };
  }
  logger.error(
    `Unexpected error at ${path?.join('.') ?? 'request'}: ${(original as Error)?.stack ?? message}`,
  );
  return { ...internal().toJSON(), path };
}

/** PostgreSQL's codes for a lost or refused connection (class 08, shutdown, too many). */
const CONNECTION_CODES = /^(08...|57P0[123]|53300|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT)$/;
const CONNECTION_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Query runner already released|QueryRunnerProviderAlreadyReleased|Client has encountered a connection error/i;

/**
 * Whether an error means the database could not be reached (it went away mid-operation):
 * the client should retry, and the transaction was not committed.
 */
function isDatabaseUnreachable(error: unknown): boolean {
  for (
    let cause = error as
      { code?: unknown; message?: unknown; name?: unknown; driverError?: unknown } | undefined;
    cause;
    cause = cause.driverError as typeof cause
  ) {
    if (typeof cause.code === 'string' && CONNECTION_CODES.test(cause.code)) return true;
    if (CONNECTION_MESSAGES.test(`${String(cause.name)} ${String(cause.message)}`)) return true;
  }
  return false;
}

/** class-validator messages arrive as a list; join them into one readable sentence. */
function httpMessage(response: unknown, fallback: string): string {
  if (typeof response === 'object' && response && 'message' in response) {
    const message = (response as { message: unknown }).message;
    if (Array.isArray(message)) return `Please check your input: ${message.join('; ')}.`;
    if (typeof message === 'string') return message;
  }
  return fallback;
}
