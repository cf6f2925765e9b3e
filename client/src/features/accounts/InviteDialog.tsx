import { useMutation } from '@apollo/client/react';
import { Button, Group, Radio, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { DialogForm, FormDialog } from '../../app/FormDialog';
import { ROLE_LABEL } from '../../app/roles';
import type { InvitableRole } from '../../graphql/generated/graphql';
import { INVITATIONS, INVITE_USER } from './graphql/accounts';
import { InvitationLinkNotice } from './InvitationLinkNotice';

export function InviteDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <FormDialog opened={opened} onClose={onClose} title="Invite someone" size="lg">
      <InviteForm onClose={onClose} />
    </FormDialog>
  );
}

/** The form, then the one-time link it created; mounted afresh at each opening. */
function InviteForm({ onClose }: { onClose: () => void }) {
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<InvitableRole>('CLIENT');
  const [invite, { data, loading, error }] = useMutation(INVITE_USER, {
    refetchQueries: [INVITATIONS],
  });

  const link = data?.inviteUser;
  if (link) {
    return (
      <Stack>
        <InvitationLinkNotice url={link.url} emailed={link.emailed} email={link.invitation.email} />
        <Group justify="flex-end">
          <Button onClick={onClose}>Done</Button>
        </Group>
      </Stack>
    );
  }
  return (
    <DialogForm
      onSubmit={() => invite({ variables: { input: { email, displayName, role } } })}
      onCancel={onClose}
      submitLabel="Create invitation"
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
      <Radio.Group
        label="Role"
        value={role}
        onChange={(value) => setRole(value as InvitableRole)}
        required
      >
        <Group mt="xs">
          <Radio value="CLIENT" label={ROLE_LABEL.CLIENT} />
          <Radio value="COUNSELOR" label={ROLE_LABEL.COUNSELOR} />
        </Group>
      </Radio.Group>
    </DialogForm>
  );
}
