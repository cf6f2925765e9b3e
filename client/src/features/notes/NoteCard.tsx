import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { NoteBody } from './NoteBody';
import { linkLabel, noteDate, noteMoment, type SessionNote } from './note-format';

/**
 * One session note: its session date, who wrote and last changed it, the text, what it links
 * to, and what the care team can do with it. A retracted note stays, marked with its reason.
 */
export function NoteCard({
  note,
  onEdit,
  onHistory,
  onRetract,
}: {
  note: SessionNote;
  onEdit: () => void;
  onHistory: () => void;
  onRetract: () => void;
}) {
  const day = noteDate.format(new Date(note.sessionAt));
  const headingId = `note-${note.id}-heading`;
  const retracted = note.retractedAt !== null && note.retractedAt !== undefined;
  return (
    <Card
      withBorder
      component="article"
      aria-labelledby={headingId}
      bg={retracted ? 'gray.0' : undefined}
      style={{ borderLeft: `4px solid var(--mantine-color-${retracted ? 'gray-5' : 'indigo-7'})` }}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2}>
            <Title order={3} size="h5" id={headingId}>
              Session note, {day}
            </Title>
            <Text size="sm" c="dimmed">
              Written by {note.authorName}
              {note.version > 1 &&
                ` · edited by ${note.editedByName}, ${noteMoment.format(new Date(note.editedAt))}`}
            </Text>
          </Stack>
          {retracted && (
            <Badge color="gray.8" size="lg">
              Retracted
            </Badge>
          )}
        </Group>
        {retracted && (
          <Alert color="gray" variant="light" title="This note was retracted">
            {note.retractedByName} retracted it on{' '}
            {noteMoment.format(new Date(note.retractedAt as string))}. Reason:{' '}
            {note.retractionReason}
          </Alert>
        )}
        <NoteBody body={note.body} />
        {note.links.length > 0 && (
          <Group gap="xs" wrap="wrap">
            <Text size="sm" fw={600}>
              Discussed:
            </Text>
            {note.links.map((link) => (
              <Badge
                key={link.id}
                variant="outline"
                color="gray.8"
                tt="none"
                fw={500}
                title={link.kind === 'ASSIGNMENT' ? 'Exercise' : 'Check-in'}
              >
                {link.kind === 'ASSIGNMENT' ? 'Exercise: ' : ''}
                {linkLabel(link)}
              </Badge>
            ))}
          </Group>
        )}
        <Group gap="xs">
          {!retracted && (
            <Button variant="default" size="xs" onClick={onEdit}>
              Edit<VisuallyHidden> the note of {day}</VisuallyHidden>
            </Button>
          )}
          <Button variant="default" size="xs" onClick={onHistory}>
            History{note.version > 1 ? ` (${note.version} versions)` : ''}
            <VisuallyHidden> of the note of {day}</VisuallyHidden>
          </Button>
          {!retracted && (
            <Button variant="default" c="red.9" size="xs" onClick={onRetract}>
              Retract<VisuallyHidden> the note of {day}</VisuallyHidden>
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
