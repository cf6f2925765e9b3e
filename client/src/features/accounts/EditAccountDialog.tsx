import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { errorMessage } from '../../app/errors';
import type { AccountFieldsFragment } from '../../graphql/generated/graphql';
import { UPDATE_ACCOUNT } from './graphql/accounts';

export function EditAccountDialog({
  account,
  onClose,
}: {
  account: AccountFieldsFragment | null;
  onClose: () => void;
}) {
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [update, { loading, error, reset }] = useMutation(UPDATE_ACCOUNT);

  useEffect(() => {
    setDisplayName(account?.displayName ?? '');
    setEmail(account?.email ?? '');
    reset();
  }, [account, reset]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!account) return;
    try {
      await update({
        variables: { input: { id: account.id, displayName, email, version: account.version } },
      });
      onClose();
    } catch {
      // Shown from the mutation state; a CONFLICT asks to reload.
    }
  };

  return (
    <Modal opened={account !== null} onClose={onClose} title="Edit account">
      <form onSubmit={submit}>
        <Stack>
          {error && (
            <Alert color="red" role="alert">
              {errorMessage(error)}
            </Alert>
          )}
          <TextInput
            label="Name"
            value={displayName}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
            required
          />
          <TextInput
            label="Email"
            type="email"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            required
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
