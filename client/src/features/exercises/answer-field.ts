import type { Answer, Prompt } from '@tandem/shared';

/** What every answer control takes: one prompt, its answer, and where a change goes. */
export interface AnswerFieldProps {
  prompt: Prompt;
  answer: Answer | undefined;
  onChange: (answer: Answer) => void;
  error?: string;
}
