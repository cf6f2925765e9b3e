import { Group, NumberInput, Text, TextInput } from '@mantine/core';
import { LIMITS, PromptKind } from '@tandem/shared';
import type { PromptDraft } from './editor-draft';
import { OptionsEditor } from './OptionsEditor';

const asNumber = (value: number | string) => (typeof value === 'number' ? value : '');

/** The fields only some kinds of question have: a text limit, a scale, options. */
export function PromptKindFields(props: {
  prompt: PromptDraft;
  questionNumber: number;
  onChange: (patch: Partial<PromptDraft>) => void;
  /** Relative to the question, e.g. `max` or `options.1`. */
  problemAt: (field: string) => string | undefined;
}) {
  const { prompt, onChange, problemAt } = props;
  switch (prompt.kind) {
    case PromptKind.TEXT:
      return (
        <NumberInput
          label="Answer limit (characters)"
          description={`Up to ${LIMITS.textAnswerMaxLength}.`}
          min={1}
          max={LIMITS.textAnswerMaxLength}
          allowDecimal={false}
          value={prompt.maxLength}
          onChange={(value) => onChange({ maxLength: asNumber(value) })}
          error={problemAt('maxLength')}
          maw={260}
        />
      );
    case PromptKind.SCALE:
      return (
        <>
          <Group grow align="flex-start">
            <NumberInput
              label="Lowest value"
              min={LIMITS.scaleBoundMin}
              max={LIMITS.scaleBoundMax}
              allowDecimal={false}
              value={prompt.min}
              onChange={(value) => onChange({ min: asNumber(value) })}
              required
            />
            <NumberInput
              label="Highest value"
              min={LIMITS.scaleBoundMin}
              max={LIMITS.scaleBoundMax}
              allowDecimal={false}
              value={prompt.max}
              onChange={(value) => onChange({ max: asNumber(value) })}
              error={problemAt('max')}
              required
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput
              label="Label of the lowest value"
              placeholder="e.g. Not at all"
              maxLength={LIMITS.promptOptionLabelMaxLength}
              value={prompt.minLabel}
              onChange={(event) => onChange({ minLabel: event.currentTarget.value })}
              error={problemAt('minLabel')}
              required
            />
            <TextInput
              label="Label of the highest value"
              placeholder="e.g. Completely"
              maxLength={LIMITS.promptOptionLabelMaxLength}
              value={prompt.maxLabel}
              onChange={(event) => onChange({ maxLabel: event.currentTarget.value })}
              error={problemAt('maxLabel')}
              required
            />
          </Group>
        </>
      );
    case PromptKind.CHECKLIST:
    case PromptKind.CHOICE:
      return (
        <OptionsEditor
          questionNumber={props.questionNumber}
          options={prompt.options}
          onChange={(options) => onChange({ options })}
          problemAt={problemAt}
        />
      );
    case PromptKind.PLAN:
      return (
        <Text size="sm" c="gray.7">
          The client picks a date and time, for example when they will try this together.
        </Text>
      );
  }
}
