import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Radio, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../app/errors';
import type { InvitableRole } from '../../graphql/generated/graphql';
import { INVITE_USER } from './graphql/accounts';
import { InvitationLinkNotice } from './InvitationLinkNotice';

export function InviteDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<InvitableRole>('CLIENT');
  const [invite, { data, loading, error, reset }] = useMutation(INVITE_USER, {
    refetchQueries: ['Invitations'],
  });

  const close = () => {
    setEmail('');
    setDisplayName('');
    reset();
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await invite({ variables: { input: { email, displayName, role } } });
    } catch {
      // Shown from the mutation state.
    }
  };

  const link = data?.inviteUser;
  return (
    <Modal opened={opened} onClose={close} title="Invite someone" size="lg">
      {link ? (
        <Stack>
          <InvitationLinkNotice
            url={link.url}
            emailed={link.emailed}
            email={link.invitation.email}
          />
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
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
            <Radio.Group
              label="Role"
              value={role}
              onChange={(value) => setRole(value as InvitableRole)}
              required
            >
              <Group mt="xs">
                <Radio value="CLIENT" label="Client" />
                <Radio value="COUNSELOR" label="Counselor" />
              </Group>
            </Radio.Group>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={loading}>
                Create invitation
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
