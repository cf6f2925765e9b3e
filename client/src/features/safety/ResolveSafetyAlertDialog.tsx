import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { LIMITS } from '@tandem/shared';
import { useEffect, useState, type FormEvent } from 'react';
import { errorMessage } from '../../app/errors';
import { RESOLVE_SAFETY_ALERT } from './graphql/safety';

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
  const [resolution, setResolution] = useState('');
  const [checked, setChecked] = useState(false);
  const [resolve, { loading, error, reset }] = useMutation(RESOLVE_SAFETY_ALERT, {
    // A refusal (already resolved by a colleague) also means the banner is out of date.
    refetchQueries: ['SafetyAlerts'],
  });

  useEffect(() => {
    setResolution('');
    setChecked(false);
    reset();
    // A fresh form for each alert.
  }, [alert?.id]);

  const ready = resolution.trim().length > 0 && checked;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!alert || !ready) return;
    try {
      await resolve({ variables: { id: alert.id, resolution: resolution.trim() } });
      onResolved?.(alert);
      onClose();
    } catch {
      // Shown below.
    }
  };

  return (
    <Modal
      opened={alert !== null}
      onClose={onClose}
      title={alert ? `Resolve the safety alert for ${alert.clientName}?` : ''}
      centered
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          <Text>
            Resolve it only after an individual safety check with {alert?.clientName}. Your note
            stays with the alert for the care team; the partner never sees it. This cannot be
            undone.
          </Text>
          {error && (
            <Alert color="red" role="alert">
              {errorMessage(error)}
            </Alert>
          )}
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
            label={`I have done an individual safety check with ${alert?.clientName ?? 'this partner'}`}
            checked={checked}
            onChange={(event) => setChecked(event.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Not yet
            </Button>
            <Button
              type="submit"
              color="red.8"
              loading={loading}
              disabled={!ready}
              aria-describedby={ready ? undefined : 'resolve-safety-hint'}
            >
              Resolve alert
            </Button>
          </Group>
          {!ready && (
            <Text size="sm" c="gray.8" ta="right" id="resolve-safety-hint">
              Write what the check found and tick the box to resolve the alert.
            </Text>
          )}
        </Stack>
      </form>
    </Modal>
  );
}
