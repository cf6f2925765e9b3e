import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { ErrorAlert } from '../../app/ErrorAlert';
import { EmptyState, ErrorState, LoadingState } from '../../app/PageStates';
import { Paging } from '../../app/Paging';
import { ROLE_LABEL } from '../../app/roles';
import type { InvitationFieldsFragment } from '../../graphql/generated/graphql';
import { INVITATIONS, RESEND_INVITATION, REVOKE_INVITATION } from './graphql/accounts';
import { InvitationLinkNotice } from './InvitationLinkNotice';

const PAGE_SIZE = 10;
const STATUS_COLOR = {
  PENDING: 'indigo',
  ACCEPTED: 'green.9',
  REVOKED: 'gray.8',
  EXPIRED: 'orange.9',
} as const;
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function InvitationsSection() {
  const [page, setPage] = useState(1);
  const { data, loading, error, refetch } = useQuery(INVITATIONS, {
    variables: { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  });
  const [resend, resending] = useMutation(RESEND_INVITATION);
  const [revoke, revoking] = useMutation(REVOKE_INVITATION);
  const [revokeTarget, setRevokeTarget] = useState<InvitationFieldsFragment | null>(null);
  const link = resending.data?.resendInvitation;
  const actionError = resending.error ?? revoking.error;

  return (
    <Stack>
      <Title order={2} size="h3">
        Invitations
      </Title>
      {link && (
        <InvitationLinkNotice url={link.url} emailed={link.emailed} email={link.invitation.email} />
      )}
      <ErrorAlert error={actionError} />
      {loading && !data && <LoadingState />}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && data.invitations.totalCount === 0 && (
        <EmptyState title="No invitations yet">
          Invite counselors and clients with the button above.
        </EmptyState>
      )}
      {data && data.invitations.items.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Email</Table.Th>
                <Table.Th scope="col">Role</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Expires</Table.Th>
                <Table.Th scope="col">
                  <Text span size="sm" fw={700}>
                    Actions
                  </Text>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.invitations.items.map((invitation) => {
                const open = invitation.status === 'PENDING' || invitation.status === 'EXPIRED';
                return (
                  <Table.Tr key={invitation.id}>
                    <Table.Td>{invitation.displayName}</Table.Td>
                    <Table.Td>{invitation.email}</Table.Td>
                    <Table.Td>{ROLE_LABEL[invitation.role]}</Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLOR[invitation.status]}>
                        {invitation.status.toLowerCase()}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{date.format(new Date(invitation.expiresAt))}</Table.Td>
                    <Table.Td>
                      {open && (
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="default"
                            loading={resending.loading && resending.data === undefined}
                            onClick={() =>
                              void resend({ variables: { id: invitation.id } }).catch(
                                () => undefined,
                              )
                            }
                            aria-label={`Resend the invitation to ${invitation.email}`}
                          >
                            Resend
                          </Button>
                          {invitation.status === 'PENDING' && (
                            <Button
                              size="xs"
                              variant="default"
                              color="red"
                              onClick={() => setRevokeTarget(invitation)}
                              aria-label={`Revoke the invitation to ${invitation.email}`}
                            >
                              Revoke
                            </Button>
                          )}
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data && (
        <Paging
          total={data.invitations.totalCount}
          pageSize={PAGE_SIZE}
          page={page}
          onChange={setPage}
        />
      )}
      <ConfirmDialog
        opened={revokeTarget !== null}
        title="Revoke this invitation?"
        confirmLabel="Revoke invitation"
        loading={revoking.loading}
        onClose={() => setRevokeTarget(null)}
        onConfirm={async () => {
          if (!revokeTarget) return;
          await revoke({ variables: { id: revokeTarget.id } }).catch(() => undefined);
          setRevokeTarget(null);
        }}
      >
        The link sent to {revokeTarget?.email} will stop working. You can invite them again later.
      </ConfirmDialog>
    </Stack>
  );
}
