import { HttpException, HttpStatus, Logger } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';
import { ErrorCode, internal } from './errors';

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
  logger.error(
    `Unexpected error at ${path?.join('.') ?? 'request'}: ${(original as Error)?.stack ?? message}`,
  );
  return { ...internal().toJSON(), path };
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
