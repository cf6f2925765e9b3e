import { LIMITS } from '@tandem/shared';
import { Text, Textarea, VisuallyHidden } from '@mantine/core';
import type { AnswerFieldProps } from './answer-field';

/** A written answer, with a live count against the prompt's own limit. */
export function TextAnswerField({ prompt, answer, onChange, error }: AnswerFieldProps) {
  const max = prompt.maxLength ?? LIMITS.textAnswerDefaultMaxLength;
  const text = answer?.text ?? '';
  return (
    <Textarea
      label={prompt.label}
      description={
        <>
          {prompt.help && `${prompt.help} `}Up to {max} characters.
        </>
      }
      required={prompt.required}
      error={error}
      value={text}
      maxLength={max}
      autosize
      minRows={3}
      maxRows={14}
      onChange={(event) => onChange({ promptKey: prompt.key, text: event.currentTarget.value })}
      inputContainer={(input) => (
        <>
          {input}
          <CharacterCount length={text.length} max={max} />
        </>
      )}
    />
  );
}

/**
 * The count is for the eye; a screen reader hears the limit in the description and, near
 * the end, how many characters are left (announcing every keystroke would drown the text).
 */
function CharacterCount({ length, max }: { length: number; max: number }) {
  const left = max - length;
  const near = left <= Math.max(20, Math.round(max * 0.1));
  return (
    <>
      <Text size="xs" c={near ? 'orange.9' : 'gray.7'} ta="right" mt={4} aria-hidden>
        {length} / {max}
      </Text>
      <VisuallyHidden aria-live="polite">{near ? `${left} characters left` : ''}</VisuallyHidden>
    </>
  );
}
