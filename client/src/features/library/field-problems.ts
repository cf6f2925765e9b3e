import type { InputProblem } from '@tandem/shared';

/** Messages by field path (`title`, `prompts.2.options.0`…), from any number of sources. */
export type FieldProblems = Record<string, string[]>;

export function byPath(problems: readonly InputProblem[]): FieldProblems {
  const result: FieldProblems = {};
  for (const { path, message } of problems) (result[path || 'input'] ??= []).push(message);
  return result;
}

export function merged(...sources: FieldProblems[]): FieldProblems {
  const result: FieldProblems = {};
  for (const source of sources) {
    for (const [path, messages] of Object.entries(source)) {
      result[path] = [...new Set([...(result[path] ?? []), ...messages])];
    }
  }
  return result;
}

/** One field's messages as one line, or undefined so the field shows no error. */
export function problemAt(problems: FieldProblems, path: string): string | undefined {
  const messages = problems[path];
  return messages?.length ? messages.join(' ') : undefined;
}
