import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { LIMITS, PromptKind } from '@tandem/shared';
import type { PromptDraft } from './editor-draft';
import { PromptKindFields } from './PromptKindFields';

const KIND_OPTIONS: Array<{ value: PromptKind; label: string }> = [
  { value: PromptKind.TEXT, label: 'Written answer' },
  { value: PromptKind.SCALE, label: 'Scale' },
  { value: PromptKind.CHECKLIST, label: 'Checklist (any number)' },
  { value: PromptKind.CHOICE, label: 'Single choice' },
  { value: PromptKind.PLAN, label: 'Date and time' },
];

/** One question of the prompt builder, in its own named group. */
export function PromptEditor(props: {
  prompt: PromptDraft;
  index: number;
  count: number;
  onChange: (prompt: PromptDraft) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  /** Relative to this question, e.g. `label` or `options.2`. */
  problemAt: (field: string) => string | undefined;
}) {
  const { prompt, index, problemAt } = props;
  const number = index + 1;
  const set = (patch: Partial<PromptDraft>) => props.onChange({ ...prompt, ...patch });
  const keyProblem = problemAt('key');
  return (
    <Fieldset legend={`Question ${number}`} id={`${prompt.uid}-fieldset`} tabIndex={-1}>
      <Stack gap="sm">
        <Textarea
          id={`${prompt.uid}-label`}
          label="Question"
          autosize
          minRows={1}
          maxLength={LIMITS.promptLabelMaxLength}
          value={prompt.label}
          onChange={(event) => set({ label: event.currentTarget.value })}
          error={problemAt('label')}
          required
        />
        <TextInput
          label="Hint"
          description="Optional: a line of help under the question."
          maxLength={LIMITS.promptHelpMaxLength}
          value={prompt.help}
          onChange={(event) => set({ help: event.currentTarget.value })}
          error={problemAt('help')}
        />
        <Group align="flex-end">
          <NativeSelect
            label="Kind of answer"
            data={KIND_OPTIONS}
            value={prompt.kind}
            onChange={(event) => set({ kind: event.currentTarget.value as PromptKind })}
            error={problemAt('kind')}
          />
          <Checkbox
            label="An answer is required"
            checked={prompt.required}
            onChange={(event) => set({ required: event.currentTarget.checked })}
            mb={8}
          />
        </Group>
        <PromptKindFields
          prompt={prompt}
          questionNumber={number}
          onChange={set}
          problemAt={problemAt}
        />
        {keyProblem && (
          <Text c="red.8" size="sm">
            {keyProblem}
          </Text>
        )}
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Button
              id={`${prompt.uid}-up`}
              variant="default"
              size="xs"
              disabled={index === 0}
              onClick={() => props.onMove(-1)}
            >
              Move up<VisuallyHidden>: question {number}</VisuallyHidden>
            </Button>
            <Button
              id={`${prompt.uid}-down`}
              variant="default"
              size="xs"
              disabled={index === props.count - 1}
              onClick={() => props.onMove(1)}
            >
              Move down<VisuallyHidden>: question {number}</VisuallyHidden>
            </Button>
          </Group>
          <Button
            variant="subtle"
            color="red.8"
            size="xs"
            disabled={props.count === 1}
            onClick={props.onRemove}
          >
            Remove question<VisuallyHidden> {number}</VisuallyHidden>
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
