import { useMutation } from '@apollo/client/react';
import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { DialogForm, FormDialog, useHeldWhileClosing } from '../../app/FormDialog';
import type { AccountFieldsFragment } from '../../graphql/generated/graphql';
import { UPDATE_ACCOUNT } from './graphql/accounts';

export function EditAccountDialog({
  account,
  onClose,
}: {
  account: AccountFieldsFragment | null;
  onClose: () => void;
}) {
  const shown = useHeldWhileClosing(account, account !== null);
  return (
    <FormDialog opened={account !== null} onClose={onClose} title="Edit account">
      {shown && <EditAccountForm key={shown.id} account={shown} onClose={onClose} />}
    </FormDialog>
  );
}

function EditAccountForm({
  account,
  onClose,
}: {
  account: AccountFieldsFragment;
  onClose: () => void;
}) {
  const [displayName, setDisplayName] = useState(account.displayName);
  const [email, setEmail] = useState(account.email);
  const [update, { loading, error }] = useMutation(UPDATE_ACCOUNT);

  return (
    <DialogForm
      onSubmit={async () => {
        // A CONFLICT (someone saved in between) is shown and asks to reload.
        await update({
          variables: { input: { id: account.id, displayName, email, version: account.version } },
        });
        onClose();
      }}
      onCancel={onClose}
      submitLabel="Save"
      saving={loading}
      error={error}
    >
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
    </DialogForm>
  );
}
