import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from './errors';

/** What body-parser throws for a body it will not read: too large, broken JSON, bad charset. */
interface BodyParserError extends Error {
  type: string;
  status: number;
  expose: boolean;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  const candidate = error as Partial<BodyParserError> | null;
  return (
    error instanceof Error &&
    typeof candidate?.type === 'string' &&
    typeof candidate.status === 'number' &&
    candidate.status < 500 &&
    candidate.expose === true
  );
}

const MESSAGES: Record<string, string> = {
  'entity.too.large': 'The request is too large. Send less at once, or shorten the text.',
  'entity.parse.failed': 'The request body is not valid JSON.',
};

/**
 * Answers a body the parser refused as a GraphQL error with a stable code, at the parser's
 * status (413, 400, 415). It is the client's mistake, not the server's: nothing is logged as
 * an error (Nest's default handler logged every one with its stack).
 */
export function answerUnreadableBody(
  error: unknown,
  _request: Request,
  response: Response,
  next: NextFunction,
): void {
  if (!isBodyParserError(error)) return next(error);
  response.status(error.status).json({
    errors: [
      {
        message: MESSAGES[error.type] ?? 'The request body could not be read.',
        extensions: { code: ErrorCode.BadUserInput },
      },
    ],
  });
}
