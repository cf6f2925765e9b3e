import type { InputProblem } from '@tandem/shared';
import { badUserInput } from '../graphql/errors';

/** Throws BAD_USER_INPUT listing each problem under its field, when there are any. */
export function rejectProblems(problems: InputProblem[], summary: string): void {
  if (problems.length === 0) return;
  const fields: Record<string, string[]> = {};
  for (const { path, message } of problems) (fields[path || 'input'] ??= []).push(message);
  throw badUserInput(`${summary} ${problems[0].message}`, fields);
}
