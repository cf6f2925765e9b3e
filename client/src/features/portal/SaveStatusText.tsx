import { Text } from '@mantine/core';
import { errorMessage } from '../../app/errors';
import { savedInWords } from './day-words';
import type { SaveStatus } from './useAutosave';

/** Where the draft stands, announced politely as it changes. */
export function SaveStatusText({ status }: { status: SaveStatus }) {
  const text = (() => {
    switch (status.state) {
      case 'idle':
        return 'Your answers save as you type.';
      case 'saving':
        return 'Saving…';
      case 'saved':
        return savedInWords(status.at);
      case 'retrying':
        return 'Couldn’t save — retrying';
      case 'failed':
        return `Couldn’t save: ${errorMessage(status.error)}`;
    }
  })();
  const trouble = status.state === 'retrying' || status.state === 'failed';
  return (
    <Text size="sm" c={trouble ? 'red.8' : 'gray.7'} role="status" aria-live="polite">
      {text}
    </Text>
  );
}
