import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { LIMITS } from '@tandem/shared';
import { moved, newPrompt, type PromptDraft } from './editor-draft';
import { PromptEditor } from './PromptEditor';
import { useFocusLater } from './useFocusLater';

/** The exercise's questions: add, remove and reorder, each edited in place. */
export function PromptBuilder(props: {
  prompts: PromptDraft[];
  onChange: (prompts: PromptDraft[]) => void;
  /** Full paths, e.g. `prompts` or `prompts.2.options`. */
  problemAt: (path: string) => string | undefined;
}) {
  const { prompts, onChange } = props;
  const focusLater = useFocusLater();
  const listProblem = props.problemAt('prompts');

  const add = () => {
    const prompt = newPrompt();
    onChange([...prompts, prompt]);
    focusLater(`${prompt.uid}-label`);
  };
  const move = (index: number, delta: -1 | 1) => {
    const target = index + delta;
    const { uid } = prompts[index];
    onChange(moved(prompts, index, delta));
    // Follow the question; at either end its button in that direction is disabled.
    const atEnd = target === 0 || target === prompts.length - 1;
    const direction = delta < 0 ? 'up' : 'down';
    const other = delta < 0 ? 'down' : 'up';
    focusLater(`${uid}-${atEnd ? other : direction}`);
  };
  const remove = (index: number) => {
    onChange(prompts.filter((_, i) => i !== index));
    const neighbour = prompts[index + 1] ?? prompts[index - 1];
    if (neighbour) focusLater(`${neighbour.uid}-fieldset`);
  };

  return (
    <Stack>
      <Title order={2} size="h3">
        Questions
      </Title>
      {listProblem && (
        <Text c="red.8" size="sm">
          {listProblem}
        </Text>
      )}
      {prompts.map((prompt, index) => (
        <PromptEditor
          key={prompt.uid}
          prompt={prompt}
          index={index}
          count={prompts.length}
          onChange={(next) => onChange(prompts.map((p, i) => (i === index ? next : p)))}
          onMove={(delta) => move(index, delta)}
          onRemove={() => remove(index)}
          problemAt={(field) => props.problemAt(`prompts.${index}.${field}`)}
        />
      ))}
      <Group>
        <Button variant="light" onClick={add} disabled={prompts.length >= LIMITS.promptsMax}>
          Add a question
        </Button>
      </Group>
    </Stack>
  );
}
