import { useMutation } from '@apollo/client/react';
import { Text, Textarea } from '@mantine/core';
import { LIMITS } from '@tandem/shared';
import { useState } from 'react';
import { DialogForm, FormDialog, useHeldWhileClosing } from '../../app/FormDialog';
import { REPORT_NOTES, RETRACT_SESSION_NOTE } from './graphql/notes';
import { noteDate, type SessionNote } from './note-format';

/** Asks for a reason and a confirmation before a note is retracted (it is never deleted). */
export function RetractNoteDialog({
  note,
  onClose,
}: {
  note: SessionNote | null;
  onClose: () => void;
}) {
  const shown = useHeldWhileClosing(note, note !== null);
  return (
    <FormDialog
      opened={note !== null}
      onClose={onClose}
      title={shown ? `Retract the note of ${noteDate.format(new Date(shown.sessionAt))}?` : ''}
      centered
    >
      {shown && <RetractNoteForm key={shown.id} note={shown} onClose={onClose} />}
    </FormDialog>
  );
}

function RetractNoteForm({ note, onClose }: { note: SessionNote; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [retract, { loading, error }] = useMutation(RETRACT_SESSION_NOTE, {
    refetchQueries: [REPORT_NOTES],
  });

  return (
    <DialogForm
      onSubmit={async () => {
        await retract({ variables: { id: note.id, reason } });
        onClose();
      }}
      onCancel={onClose}
      submitLabel="Retract note"
      cancelLabel="Keep the note"
      submitColor="red.8"
      saving={loading}
      ready={reason.trim().length > 0}
      error={error}
      intro={
        <Text>
          The note stays in the record, marked as retracted with your reason, and the care team can
          still read it. It cannot be edited afterwards, and this cannot be undone.
        </Text>
      }
      noValidate
    >
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
    </DialogForm>
  );
}
