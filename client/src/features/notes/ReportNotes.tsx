import { useQuery } from '@apollo/client/react';
import { Checkbox, Fieldset, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { REPORT_NOTES } from './graphql/notes';
import { NoteBody } from './NoteBody';
import { excerpt, noteDate } from './note-format';

/**
 * Session notes the counselor chooses for the printed progress report: picked on screen,
 * printed in full (by the report's print styles) and never shown otherwise. Retracted notes
 * are not offered.
 */
export function ReportNotes({ coupleId }: { coupleId: string }) {
  const { data, error } = useQuery(REPORT_NOTES, { variables: { coupleId } });
  const [chosen, setChosen] = useState<string[]>([]);
  const notes = data?.sessionNotes.items ?? [];
  if (error || notes.length === 0) return null;
  const printed = notes
    .filter((note) => chosen.includes(note.id))
    .sort((a, b) => a.sessionAt.localeCompare(b.sessionAt));
  return (
    <>
      <Fieldset
        legend="Session notes in the printed report"
        className="trend-no-print"
        variant="filled"
      >
        <Checkbox.Group
          value={chosen}
          onChange={setChosen}
          description="Only the notes you tick are printed. The partners never see notes in Tandem; think about who will read the printout."
        >
          <Stack gap="xs" mt="xs">
            {notes.map((note) => (
              <Checkbox
                key={note.id}
                value={note.id}
                label={`${noteDate.format(new Date(note.sessionAt))}: ${excerpt(note.body)}`}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      </Fieldset>
      {printed.length > 0 && (
        <div className="trend-print-only">
          <Title order={3} size="h4" mt="md">
            Session notes
          </Title>
          {printed.map((note) => (
            <Stack key={note.id} gap={4} mt="sm" className="trend-figure">
              <Text fw={700}>
                {noteDate.format(new Date(note.sessionAt))} ({note.authorName})
              </Text>
              <NoteBody body={note.body} />
            </Stack>
          ))}
        </div>
      )}
    </>
  );
}
