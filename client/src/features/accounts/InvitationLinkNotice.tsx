import { Alert, Button, CopyButton, Group, Text, TextInput } from '@mantine/core';

/** The one-time link, to copy and pass on; shown right after inviting or resending. */
export function InvitationLinkNotice({
  url,
  emailed,
  email,
}: {
  url: string;
  emailed: boolean;
  email: string;
}) {
  return (
    <Alert color="indigo" title="Invitation ready" role="status">
      <Text size="sm" mb="xs">
        {emailed ? `We emailed this link to ${email}. ` : ''}Give this link to {email}. It works
        once, for 7 days.
      </Text>
      <Group align="flex-end" wrap="nowrap">
        <TextInput
          label="Invitation link"
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
