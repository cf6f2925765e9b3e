import { Text } from '@mantine/core';
import { lazy, Suspense } from 'react';

// The Markdown renderer is its own chunk: pages without notes never load it.
const NoteMarkdown = lazy(() => import('./NoteMarkdown'));

/** A note's text, formatted from its Markdown once the renderer has loaded. */
export function NoteBody({ body }: { body: string }) {
  return (
    <Suspense fallback={<Text style={{ whiteSpace: 'pre-wrap' }}>{body}</Text>}>
      <NoteMarkdown>{body}</NoteMarkdown>
    </Suspense>
  );
}
