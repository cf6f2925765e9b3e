import { Checkbox, Radio, Stack } from '@mantine/core';
import type { AnswerFieldProps } from './answer-field';
import { ClearAnswerButton } from './ClearAnswerButton';

/** Any number of the options, kept in the prompt's order whatever the order of clicks. */
export function ChecklistAnswerField({ prompt, answer, onChange, error }: AnswerFieldProps) {
  const options = prompt.options ?? [];
  return (
    <Checkbox.Group
      label={prompt.label}
      description={prompt.help}
      required={prompt.required}
      error={error}
      value={answer?.optionKeys ?? []}
      onChange={(keys) =>
        onChange({
          promptKey: prompt.key,
          optionKeys: options.filter((option) => keys.includes(option.key)).map((o) => o.key),
        })
      }
    >
      <Stack gap="xs" mt="xs">
        {options.map((option) => (
          <Checkbox key={option.key} value={option.key} label={option.label} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

/** Exactly one of the options. */
export function ChoiceAnswerField({ prompt, answer, onChange, error }: AnswerFieldProps) {
  const chosen = answer?.optionKeys?.[0] ?? '';
  return (
    <div>
      <Radio.Group
        label={prompt.label}
        description={prompt.help}
        required={prompt.required}
        error={error}
        value={chosen}
        onChange={(key) => onChange({ promptKey: prompt.key, optionKeys: [key] })}
      >
        <Stack gap="xs" mt="xs">
          {(prompt.options ?? []).map((option) => (
            <Radio key={option.key} value={option.key} label={option.label} />
          ))}
        </Stack>
      </Radio.Group>
      {!prompt.required && chosen && (
        <ClearAnswerButton prompt={prompt} onClear={() => onChange({ promptKey: prompt.key })} />
      )}
    </div>
  );
}
