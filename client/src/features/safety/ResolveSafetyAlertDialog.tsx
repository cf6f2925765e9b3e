import { useMutation } from '@apollo/client/react';
import { Checkbox, Text, Textarea } from '@mantine/core';
import { LIMITS } from '@tandem/shared';
import { useState } from 'react';
import { DialogForm, FormDialog, useHeldWhileClosing } from '../../app/FormDialog';
import { RESOLVE_SAFETY_ALERT, SAFETY_ALERTS } from './graphql/safety';

export interface AlertToResolve {
  id: string;
  clientName: string;
}

/**
 * Closes a safety alert after the individual safety check: a note of what it found and an
 * explicit confirmation that the check took place. Resolving cannot be undone.
 */
export function ResolveSafetyAlertDialog({
  alert,
  onClose,
  onResolved,
}: {
  alert: AlertToResolve | null;
  onClose: () => void;
  /** After the server accepted the resolution, before the dialog closes. */
  onResolved?: (alert: AlertToResolve) => void;
}) {
  const shown = useHeldWhileClosing(alert, alert !== null);
  return (
    <FormDialog
      opened={alert !== null}
      onClose={onClose}
      title={shown ? `Resolve the safety alert for ${shown.clientName}?` : ''}
      centered
    >
      {shown && (
        <ResolveForm key={shown.id} alert={shown} onClose={onClose} onResolved={onResolved} />
      )}
    </FormDialog>
  );
}

function ResolveForm({
  alert,
  onClose,
  onResolved,
}: {
  alert: AlertToResolve;
  onClose: () => void;
  onResolved?: (alert: AlertToResolve) => void;
}) {
  const [resolution, setResolution] = useState('');
  const [checked, setChecked] = useState(false);
  const [resolve, { loading, error }] = useMutation(RESOLVE_SAFETY_ALERT, {
    // A refusal (already resolved by a colleague) also means the banner is out of date.
    refetchQueries: [SAFETY_ALERTS],
  });

  return (
    <DialogForm
      onSubmit={async () => {
        await resolve({ variables: { id: alert.id, resolution: resolution.trim() } });
        onResolved?.(alert);
        onClose();
      }}
      onCancel={onClose}
      submitLabel="Resolve alert"
      cancelLabel="Not yet"
      submitColor="red.8"
      saving={loading}
      ready={resolution.trim().length > 0 && checked}
      notReadyHint="Write what the check found and tick the box to resolve the alert."
      error={error}
      intro={
        <Text>
          Resolve it only after an individual safety check with {alert.clientName}. Your note stays
          with the alert for the care team; the partner never sees it. This cannot be undone.
        </Text>
      }
      noValidate
    >
      <Textarea
        label="What the individual safety check found"
        required
        autosize
        minRows={3}
        maxLength={LIMITS.safetyResolutionMaxLength}
        description="For example: when you spoke, what you assessed and what was agreed."
        value={resolution}
        onChange={(event) => setResolution(event.currentTarget.value)}
        data-autofocus
      />
      <Checkbox
        label={`I have done an individual safety check with ${alert.clientName}`}
        checked={checked}
        onChange={(event) => setChecked(event.currentTarget.checked)}
      />
    </DialogForm>
  );
}
