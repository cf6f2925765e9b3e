import { Button, CloseButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { LIMITS } from '@tandem/shared';
import { newOption, type OptionDraft } from './editor-draft';
import { useFocusLater } from './useFocusLater';

/** The options of a checklist or single-choice question: add, relabel, remove. */
export function OptionsEditor(props: {
  questionNumber: number;
  options: OptionDraft[];
  onChange: (options: OptionDraft[]) => void;
  /** `options` for the list as a whole, `options.<i>` for one option. */
  problemAt: (path: string) => string | undefined;
}) {
  const { options, onChange, problemAt } = props;
  const focusLater = useFocusLater();
  const listError = problemAt('options');
  const add = () => {
    const option = newOption();
    onChange([...options, option]);
    focusLater(`${option.uid}-label`);
  };
  const remove = (index: number) => {
    onChange(options.filter((_, i) => i !== index));
    const neighbour = options[index + 1] ?? options[index - 1];
    if (neighbour) focusLater(`${neighbour.uid}-label`);
  };
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        Options
      </Text>
      {listError && (
        <Text c="red.8" size="sm">
          {listError}
        </Text>
      )}
      {options.map((option, index) => (
        <Group key={option.uid} wrap="nowrap" align="flex-start" gap="xs">
          <TextInput
            id={`${option.uid}-label`}
            label={`Option ${index + 1}`}
            aria-label={`Option ${index + 1} of question ${props.questionNumber}`}
            value={option.label}
            maxLength={LIMITS.promptOptionLabelMaxLength}
            onChange={(event) =>
              onChange(
                options.map((o, i) =>
                  i === index ? { ...o, label: event.currentTarget.value } : o,
                ),
              )
            }
            error={problemAt(`options.${index}`)}
            required
            style={{ flex: 1 }}
          />
          <CloseButton
            mt={28}
            aria-label={`Remove option ${index + 1}`}
            disabled={options.length <= LIMITS.promptOptionsMin}
            onClick={() => remove(index)}
          />
        </Group>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          onClick={add}
          disabled={options.length >= LIMITS.promptOptionsMax}
        >
          Add option
        </Button>
      </Group>
    </Stack>
  );
}
