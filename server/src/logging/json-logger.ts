import { ConsoleLogger, LogLevel } from '@nestjs/common';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/**
 * One JSON object per line. Log lines carry ids, codes and timings, never request bodies,
 * answers or notes: nothing in this codebase logs GraphQL variables.
 */
export function createLogger(level: LogLevel): ConsoleLogger {
  return new ConsoleLogger({ json: true, logLevels: LEVELS.slice(0, LEVELS.indexOf(level) + 1) });
}
