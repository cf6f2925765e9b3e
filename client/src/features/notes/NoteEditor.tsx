import { useMutation } from '@apollo/client/react';
import { Alert, Button, MultiSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { LIMITS } from '@tandem/shared';
import { useState } from 'react';
import { errorCode, errorFields, errorMessage } from '../../app/errors';
import { DialogForm, FormDialog, useHeldWhileClosing } from '../../app/FormDialog';
import {
  COUPLE_TIMELINE,
  EDIT_SESSION_NOTE,
  REPORT_NOTES,
  WRITE_SESSION_NOTE,
} from './graphql/notes';
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

interface NoteEditorProps {
  coupleId: string;
  /** The note to edit; null to write a new one. */
  note: SessionNote | null;
  linkOptions: LinkOption[];
  opened: boolean;
  onClose: () => void;
  /** Reloads the notes after a refused (stale) edit. */
  onStale: () => Promise<unknown>;
}

/**
 * Writes a new session note or a new version of one. An edit names the version it started
 * from: if someone saved in between, the server refuses and nothing is overwritten.
 */
export function NoteEditor({ opened, note, ...form }: NoteEditorProps) {
  const shown = useHeldWhileClosing(note, opened);
  return (
    <FormDialog
      opened={opened}
      onClose={form.onClose}
      title={shown ? 'Edit session note' : 'Write a session note'}
      size="lg"
    >
      <NoteForm key={shown?.id ?? 'new'} note={shown} {...form} />
    </FormDialog>
  );
}

/** Starts from the note, or an empty one, at each opening; what was typed stays on a failure. */
function NoteForm({
  coupleId,
  note,
  linkOptions,
  onClose,
  onStale,
}: Omit<NoteEditorProps, 'opened'>) {
  const [form, setForm] = useState(() => initialState(note));
  const refetchQueries = [COUPLE_TIMELINE, REPORT_NOTES];
  const [write, writing] = useMutation(WRITE_SESSION_NOTE, { refetchQueries });
  const [edit, editing] = useMutation(EDIT_SESSION_NOTE, { refetchQueries });
  const state = note ? editing : writing;

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

  const save = async () => {
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
    if (note) await edit({ variables: { id: note.id, expectedVersion: note.version, input } });
    else await write({ variables: { coupleId, input } });
    onClose();
  };

  return (
    <DialogForm
      onSubmit={save}
      onCancel={onClose}
      submitLabel={note ? 'Save new version' : 'Save note'}
      saving={state.loading}
      ready={form.body.trim().length > 0 && !tooLong}
      error={state.error}
      alert={
        stale ? (
          <Alert color="orange" role="alert" title="Not saved">
            <Stack gap="xs" align="flex-start">
              {errorMessage(state.error)}
              <Button
                variant="default"
                size="xs"
                onClick={() => void onStale().then(() => onClose())}
              >
                Close and load the latest version
              </Button>
            </Stack>
          </Alert>
        ) : undefined
      }
      noValidate
    >
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
    </DialogForm>
  );
}
