import { Alert, Button, CopyButton, Group, Text, TextInput } from '@mantine/core';

/** What a one-time link is for: its notice's title, field label and how long it works. */
const KINDS = {
  invitation: { title: 'Invitation ready', label: 'Invitation link', lasts: '7 days' },
  reset: { title: 'Password reset link ready', label: 'Password reset link', lasts: 'an hour' },
};

/**
 * A one-time link, to copy and pass on; shown right after inviting, resending an invitation or
 * issuing a password reset link.
 */
export function InvitationLinkNotice({
  url,
  emailed,
  email,
  kind = 'invitation',
}: {
  url: string;
  emailed: boolean;
  email: string;
  kind?: keyof typeof KINDS;
}) {
  const { title, label, lasts } = KINDS[kind];
  return (
    <Alert color="indigo" title={title} role="status">
      <Text size="sm" mb="xs">
        {emailed ? `We emailed this link to ${email}. ` : ''}Give this link to {email}. It works
        once, for {lasts}.
      </Text>
      <Group align="flex-end" wrap="nowrap">
        <TextInput
          label={label}
          value={url}
          readOnly
          style={{ flex: 1 }}
          onFocus={(e) => e.currentTarget.select()}
        />
        <CopyButton value={url}>
          {({ copied, copy }) => (
            <Button onClick={copy} variant={copied ? 'light' : 'filled'}>
              {copied ? 'Copied' : 'Copy link'}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Alert>
  );
}
