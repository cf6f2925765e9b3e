import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { LIMITS } from '@tandem/shared';
import { useEffect, useState, type FormEvent } from 'react';
import { errorMessage } from '../../app/errors';
import { RETRACT_SESSION_NOTE } from './graphql/notes';
import { noteDate, type SessionNote } from './note-format';

/** Asks for a reason and a confirmation before a note is retracted (it is never deleted). */
export function RetractNoteDialog({
  note,
  onClose,
}: {
  note: SessionNote | null;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const [retract, { loading, error, reset }] = useMutation(RETRACT_SESSION_NOTE, {
    refetchQueries: ['ReportNotes'],
  });

  useEffect(() => {
    setReason('');
    reset();
    // A fresh form for each note.
  }, [note?.id]);

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    if (!note || !reason.trim()) return;
    try {
      await retract({ variables: { id: note.id, reason } });
      onClose();
    } catch {
      // Shown below.
    }
  };

  return (
    <Modal
      opened={note !== null}
      onClose={onClose}
      title={note ? `Retract the note of ${noteDate.format(new Date(note.sessionAt))}?` : ''}
      centered
    >
      <form onSubmit={(event) => void confirm(event)} noValidate>
        <Stack>
          <Text>
            The note stays in the record, marked as retracted with your reason, and the care team
            can still read it. It cannot be edited afterwards, and this cannot be undone.
          </Text>
          {error && (
            <Alert color="red" role="alert">
              {errorMessage(error)}
            </Alert>
          )}
          <Textarea
            label="Reason for retracting"
            required
            autosize
            minRows={2}
            maxLength={LIMITS.noteRetractionReasonMaxLength}
            description="For example: written on the wrong couple, or a factual mistake."
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Keep the note
            </Button>
            <Button type="submit" color="red.8" loading={loading} disabled={!reason.trim()}>
              Retract note
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
