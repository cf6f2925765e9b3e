import { ConsoleLogger, LogLevel } from '@nestjs/common';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/**
 * An error as a log may show it: its name, message and stack. Database errors also carry
 * the failed query's parameters (answers, notes, names), which must never reach a log.
 */
export function loggableError(error: Error): string {
  return error.stack ?? `${error.name}: ${error.message}`;
}

class RedactingLogger extends ConsoleLogger {
  override error(message: unknown, ...rest: unknown[]) {
    const safe = (value: unknown) => (value instanceof Error ? loggableError(value) : value);
    super.error(safe(message), ...rest.map(safe));
  }
}

/**
 * One JSON object per line. Log lines carry ids, codes and timings, never request bodies,
 * answers or notes: nothing in this codebase logs GraphQL variables, and errors are logged
 * without the values attached to them.
 */
export function createLogger(level: LogLevel): ConsoleLogger {
  return new RedactingLogger({
    json: true,
    logLevels: LEVELS.slice(0, LEVELS.indexOf(level) + 1),
  });
}
