import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { ErrorCode } from './errors';

/**
 * A date, or a date and time with an optional offset (UTC when it has none): the forms of
 * ISO 8601 that readers agree on. Groups: year, month, day, hour, minute, second, fraction,
 * offset.
 */
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

const EXAMPLE = 'such as 2026-12-07T09:30:00Z';

function invalid(problem: string): GraphQLError {
  return new GraphQLError(`${problem}: give a date and time in ISO 8601 form, ${EXAMPLE}.`, {
    extensions: { code: ErrorCode.BadUserInput },
  });
}

/** Minutes east of UTC of an offset such as "+01:00", "-0530", "Z" or none. */
function offsetMinutes(offset: string | undefined): number {
  if (!offset || /^z$/i.test(offset)) return 0;
  const digits = offset.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
  return offset.startsWith('-') ? -minutes : minutes;
}

/**
 * A date that exists on the calendar, in years PostgreSQL and JavaScript both hold. `new Date`
 * alone would turn "not-a-date" into an Invalid Date that reaches SQL as "0NaN-…" (a server
 * error), "1" into 2001, and 30 February into 2 March.
 */
export function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string') throw invalid('A DateTime must be a string');
  const shown = JSON.stringify(value.slice(0, 40));
  const parts = ISO_8601.exec(value.trim());
  if (!parts) throw invalid(`${shown} is not a DateTime`);
  const [year, month, day, hour, minute, second] = parts
    .slice(1, 7)
    .map((part) => Number(part ?? 0));
  const milliseconds = Number(`0.${parts[7] ?? 0}`) * 1000;
  const offset = offsetMinutes(parts[8]);
  const calendar = new Date(0);
  calendar.setUTCFullYear(year, month - 1, day); // Date.UTC would read years below 100 as 19xx
  const exists =
    year >= 1 &&
    calendar.getUTCMonth() === month - 1 &&
    calendar.getUTCDate() === day &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    Math.abs(offset) < 24 * 60;
  if (!exists) throw invalid(`${shown} is not a DateTime that exists`);
  return new Date(
    calendar.getTime() + ((hour * 60 + minute - offset) * 60 + second) * 1000 + milliseconds,
  );
}

/**
 * A Date, or a timestamp PostgreSQL wrote as text (rows built with json_build_object carry
 * their times as strings), as ISO 8601 at UTC. Anything else is a server fault, said so
 * rather than answered as null.
 */
export function serializeDateTime(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
  if (date === null || Number.isNaN(date.getTime())) {
    throw new TypeError(`A DateTime field was given ${typeof value}, not a date.`);
  }
  return date.toISOString();
}

/**
 * Tandem's DateTime: the same name, description and output as @nestjs/graphql's, but input is
 * checked, so a wrong value is the caller's mistake (BAD_USER_INPUT), never a server error.
 */
export const DateTimeScalar = new GraphQLScalarType<Date | null, string | null>({
  name: 'DateTime',
  description:
    'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  serialize: serializeDateTime,
  parseValue: parseDateTime,
  parseLiteral: (ast: ValueNode) => {
    if (ast.kind !== Kind.STRING) throw invalid('A DateTime must be a string');
    return parseDateTime(ast.value);
  },
});

/** Given to the schema builders (the app's and the one that prints schema.graphql) alike. */
export const SCALARS_MAP = [{ type: Date, scalar: DateTimeScalar }];
