import { Button, VisuallyHidden } from '@mantine/core';
import type { Prompt } from '@tandem/shared';

/** A chosen radio cannot be unchosen; an optional question still has to be skippable. */
export function ClearAnswerButton({ prompt, onClear }: { prompt: Prompt; onClear: () => void }) {
  return (
    <Button variant="subtle" size="compact-sm" mt={4} onClick={onClear}>
      Clear answer<VisuallyHidden> to “{prompt.label}”</VisuallyHidden>
    </Button>
  );
}
