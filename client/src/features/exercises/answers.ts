import { isAnswered, type Answer, type InputProblem } from '@tandem/shared';

/** The answer to one prompt, if there is one. */
export function answerTo(answers: readonly Answer[], promptKey: string): Answer | undefined {
  return answers.find((answer) => answer.promptKey === promptKey);
}

/**
 * The answers with one replaced. An emptied answer is dropped so a draft carries no blanks,
 * but text is kept while it has any characters at all: dropping "  " would eat the spaces
 * someone is typing before their first word.
 */
export function withAnswer(answers: readonly Answer[], answer: Answer): Answer[] {
  const others = answers.filter((existing) => existing.promptKey !== answer.promptKey);
  const keep = answer.text ? true : isAnswered(answer);
  return keep ? [...others, answer] : others;
}

/** The first problem per prompt, from the shared `answers.<promptKey>` paths. */
export function problemsByPrompt(problems: readonly InputProblem[]): Record<string, string> {
  const byPrompt: Record<string, string> = {};
  for (const { path, message } of problems) {
    const key = path.startsWith('answers.') ? path.slice('answers.'.length) : path;
    byPrompt[key] ??= message;
  }
  return byPrompt;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** An ISO date-time as the value of a `datetime-local` input, in the person's time zone. */
export function toLocalInputValue(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/**
 * A `datetime-local` value as an ISO instant. Stored in UTC so the partner and the
 * counselor, wherever they are, see the same moment in their own time.
 */
export function fromLocalInputValue(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
