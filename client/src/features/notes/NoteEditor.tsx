import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { LIMITS } from '@tandem/shared';
import { useEffect, useState, type FormEvent } from 'react';
import { errorCode, errorFields, errorMessage } from '../../app/errors';
import { EDIT_SESSION_NOTE, WRITE_SESSION_NOTE } from './graphql/notes';
import type { SessionNote } from './note-format';

export interface LinkOption {
  value: string;
  label: string;
  kind: 'ASSIGNMENT' | 'CHECKIN';
}

/** `<input type="date">` wants the local day. */
function localDay(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 10);
}

function choices(options: LinkOption[], kind: LinkOption['kind']) {
  return options
    .filter((option) => option.kind === kind)
    .map(({ value, label }) => ({ value, label }));
}

function initialState(note: SessionNote | null) {
  return {
    day: localDay(note ? new Date(note.sessionAt) : new Date()),
    body: note?.body ?? '',
    links: note?.links.map((link) => link.id) ?? [],
  };
}

/**
 * Writes a new session note or a new version of one. An edit names the version it started
 * from: if someone saved in between, the server refuses and nothing is overwritten.
 */
export function NoteEditor({
  coupleId,
  note,
  linkOptions,
  opened,
  onClose,
  onStale,
}: {
  coupleId: string;
  /** The note to edit; null to write a new one. */
  note: SessionNote | null;
  linkOptions: LinkOption[];
  opened: boolean;
  onClose: () => void;
  /** Reloads the notes after a refused (stale) edit. */
  onStale: () => Promise<unknown>;
}) {
  const [form, setForm] = useState(() => initialState(note));
  const [write, writing] = useMutation(WRITE_SESSION_NOTE, {
    refetchQueries: ['CoupleTimeline', 'ReportNotes'],
  });
  const [edit, editing] = useMutation(EDIT_SESSION_NOTE, {
    refetchQueries: ['CoupleTimeline', 'ReportNotes'],
  });
  const state = note ? editing : writing;

  useEffect(() => {
    if (opened) {
      setForm(initialState(note));
      writing.reset();
      editing.reset();
    }
    // Only when the dialog opens or another note is chosen; not on every keystroke.
  }, [opened, note?.id]);

  // Links already on the note stay choosable even when they are not on the loaded page.
  const options = [
    ...linkOptions,
    ...(note?.links ?? [])
      .filter((link) => !linkOptions.some((option) => option.value === link.id))
      .map((link) => ({
        value: link.id,
        label: link.personName ? `${link.title} (${link.personName})` : link.title,
        kind: link.kind,
      })),
  ];
  const stale = note !== null && errorCode(editing.error) === 'CONFLICT';
  const fields = errorFields(state.error);
  const tooLong = form.body.length > LIMITS.sessionNoteMaxLength;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.body.trim() || tooLong) return;
    // An unchanged day keeps its time. A note about today's session is placed when it is
    // written (noon would put a morning's note above the afternoon's events, and a note written
    // before noon into the future); another day at noon, which keeps it whatever the time zone.
    const now = new Date();
    const sessionAt =
      note && localDay(new Date(note.sessionAt)) === form.day
        ? note.sessionAt
        : form.day === localDay(now)
          ? now.toISOString()
          : new Date(`${form.day}T12:00:00`).toISOString();
    const input = {
      sessionAt,
      body: form.body,
      assignmentIds: form.links.filter(
        (id) => options.find((option) => option.value === id)?.kind === 'ASSIGNMENT',
      ),
      checkinIds: form.links.filter(
        (id) => options.find((option) => option.value === id)?.kind === 'CHECKIN',
      ),
    };
    try {
      if (note) await edit({ variables: { id: note.id, expectedVersion: note.version, input } });
      else await write({ variables: { coupleId, input } });
      onClose();
    } catch {
      // Shown in the dialog; what was typed stays.
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={note ? 'Edit session note' : 'Write a session note'}
      size="lg"
    >
      <form onSubmit={(event) => void save(event)} noValidate>
        <Stack>
          {state.error && (
            <Alert
              color={stale ? 'orange' : 'red'}
              role="alert"
              title={stale ? 'Not saved' : undefined}
            >
              <Stack gap="xs" align="flex-start">
                {errorMessage(state.error)}
                {stale && (
                  <Button
                    variant="default"
                    size="xs"
                    onClick={() => void onStale().then(() => onClose())}
                  >
                    Close and load the latest version
                  </Button>
                )}
              </Stack>
            </Alert>
          )}
          <TextInput
            type="date"
            label="Session date"
            required
            max={localDay(new Date())}
            value={form.day}
            onChange={(event) => setForm({ ...form, day: event.currentTarget.value })}
            error={fields.sessionAt?.[0]}
            w={220}
          />
          <Textarea
            label="Note"
            required
            description={`Visible to the care team only, never to the partners. Markdown works: **bold**, _italic_, lists starting with "-". ${form.body.length.toLocaleString()} of ${LIMITS.sessionNoteMaxLength.toLocaleString()} characters.`}
            autosize
            minRows={8}
            maxRows={20}
            value={form.body}
            onChange={(event) => setForm({ ...form, body: event.currentTarget.value })}
            error={
              tooLong
                ? `Shorten the note to ${LIMITS.sessionNoteMaxLength.toLocaleString()} characters.`
                : fields.body?.[0]
            }
            data-autofocus
          />
          <MultiSelect
            label="Exercises and check-ins discussed"
            description="Optional. Choose from this couple's recent exercises and check-ins."
            placeholder={form.links.length === 0 ? 'None' : undefined}
            data={[
              {
                group: 'Exercises',
                items: choices(options, 'ASSIGNMENT'),
              },
              { group: 'Check-ins', items: choices(options, 'CHECKIN') },
            ]}
            value={form.links}
            onChange={(links) => setForm({ ...form, links })}
            maxValues={LIMITS.noteLinksMax * 2}
            searchable
            clearable
            error={fields.assignmentIds?.[0] ?? fields.checkinIds?.[0]}
            nothingFoundMessage="Nothing matches"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={state.loading} disabled={!form.body.trim() || tooLong}>
              {note ? 'Save new version' : 'Save note'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
