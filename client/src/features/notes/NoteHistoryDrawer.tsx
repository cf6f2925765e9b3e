import { useQuery } from '@apollo/client/react';
import { Badge, Divider, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { ErrorState, LoadingState } from '../../app/PageStates';
import { SESSION_NOTE_HISTORY } from './graphql/notes';
import { NoteBody } from './NoteBody';
import { linkLabel, noteDate, noteMoment, type SessionNote } from './note-format';

/** Every version of a note, latest first: who saved it, when, and what it said (audited). */
export function NoteHistoryDrawer({
  note,
  onClose,
}: {
  note: SessionNote | null;
  onClose: () => void;
}) {
  const { data, loading, error, refetch } = useQuery(SESSION_NOTE_HISTORY, {
    variables: { id: note?.id ?? '' },
    skip: !note,
    fetchPolicy: 'network-only',
  });
  const versions = data?.sessionNoteHistory ?? [];
  return (
    <Drawer
      opened={note !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={
        note ? `History of the session note of ${noteDate.format(new Date(note.sessionAt))}` : ''
      }
    >
      {loading && versions.length === 0 && <LoadingState label="Loading the history…" />}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      <Stack component="ol" gap="lg" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {versions.map((version, index) => (
          <Stack component="li" key={version.version} gap="xs">
            {index > 0 && <Divider />}
            <Group gap="xs">
              <Title order={3} size="h5">
                Version {version.version}
              </Title>
              {index === 0 && <Badge color="indigo.8">Current</Badge>}
            </Group>
            <Text size="sm" c="dimmed">
              {index === versions.length - 1 ? 'Written' : 'Changed'} by {version.editedByName},{' '}
              {noteMoment.format(new Date(version.editedAt))} · session of{' '}
              {noteDate.format(new Date(version.sessionAt))}
            </Text>
            <NoteBody body={version.body} />
            {version.links.length > 0 && (
              <Text size="sm">Discussed: {version.links.map(linkLabel).join('; ')}</Text>
            )}
          </Stack>
        ))}
      </Stack>
    </Drawer>
  );
}
