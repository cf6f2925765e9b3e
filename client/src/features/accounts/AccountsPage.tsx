import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Stack,
  Table,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { ErrorAlert } from '../../app/ErrorAlert';
import { EmptyState, ErrorState, LoadingState } from '../../app/PageStates';
import { Paging } from '../../app/Paging';
import { ROLE_LABEL } from '../../app/roles';
import { usePageTitle } from '../../app/usePageTitle';
import type { AccountFieldsFragment, AccountStatus, Role } from '../../graphql/generated/graphql';
import { EditAccountDialog } from './EditAccountDialog';
import { useSession } from '../auth/useSession';
import {
  ACCOUNTS,
  DEACTIVATE_ACCOUNT,
  ISSUE_PASSWORD_RESET,
  RESET_TWO_FACTOR,
  REACTIVATE_ACCOUNT,
} from './graphql/accounts';
import { InvitationLinkNotice } from './InvitationLinkNotice';
import { InvitationsSection } from './InvitationsSection';
import { InviteDialog } from './InviteDialog';

const PAGE_SIZE = 25;

export default function AccountsPage() {
  usePageTitle('Accounts');
  const [page, setPage] = useState(1);
  const [role, setRole] = useState<Role | ''>('');
  const [status, setStatus] = useState<AccountStatus | ''>('');
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [inviting, setInviting] = useState(false);
  const [editing, setEditing] = useState<AccountFieldsFragment | null>(null);
  const [deactivating, setDeactivating] = useState<AccountFieldsFragment | null>(null);
  const [resetting, setResetting] = useState<AccountFieldsFragment | null>(null);
  const [resetFor, setResetFor] = useState<string | null>(null);
  const [resettingFactors, setResettingFactors] = useState<AccountFieldsFragment | null>(null);
  const [factorsResetFor, setFactorsResetFor] = useState<string | null>(null);
  const { viewer } = useSession();

  const filter = {
    role: role || undefined,
    status: status || undefined,
    search: debouncedSearch || undefined,
  };
  const { data, loading, error, refetch } = useQuery(ACCOUNTS, {
    variables: { filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  });
  const [deactivate, deactivation] = useMutation(DEACTIVATE_ACCOUNT);
  const [reactivate, reactivation] = useMutation(REACTIVATE_ACCOUNT);
  const [issueReset, issuing] = useMutation(ISSUE_PASSWORD_RESET);
  const [resetFactors, resettingTwoFactor] = useMutation(RESET_TWO_FACTOR);
  const actionError =
    deactivation.error ?? reactivation.error ?? issuing.error ?? resettingTwoFactor.error;
  const resetLink = issuing.data?.issuePasswordReset;
  const accounts = data?.accounts;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Accounts</Title>
        <Button onClick={() => setInviting(true)}>Invite someone</Button>
      </Group>
      <Group align="flex-end">
        <TextInput
          label="Search"
          placeholder="Name or email"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
        />
        <NativeSelect
          label="Role"
          value={role}
          onChange={(e) => {
            setRole(e.currentTarget.value as Role | '');
            setPage(1);
          }}
          data={[
            { value: '', label: 'All roles' },
            { value: 'ADMIN', label: 'Admins' },
            { value: 'COUNSELOR', label: 'Counselors' },
            { value: 'CLIENT', label: 'Clients' },
          ]}
        />
        <NativeSelect
          label="Status"
          value={status}
          onChange={(e) => {
            setStatus(e.currentTarget.value as AccountStatus | '');
            setPage(1);
          }}
          data={[
            { value: '', label: 'Any status' },
            { value: 'ACTIVE', label: 'Active' },
            { value: 'DEACTIVATED', label: 'Deactivated' },
          ]}
        />
      </Group>
      <ErrorAlert error={actionError} />
      {resetLink && resetFor && (
        <InvitationLinkNotice
          kind="reset"
          url={resetLink.url}
          emailed={resetLink.emailed}
          email={resetFor}
        />
      )}
      {factorsResetFor && (
        <Alert color="green" role="status" withCloseButton onClose={() => setFactorsResetFor(null)}>
          {factorsResetFor} is signed out and signs in with their password alone until they set up
          two-factor sign-in again from their profile.
        </Alert>
      )}
      {loading && !accounts && <LoadingState label="Loading accounts…" />}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {accounts && accounts.totalCount === 0 && (
        <EmptyState title="No accounts match">Change the filters, or invite someone.</EmptyState>
      )}
      {accounts && accounts.items.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Email</Table.Th>
                <Table.Th scope="col">Role</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Couple</Table.Th>
                <Table.Th scope="col">Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {accounts.items.map((account) => (
                <Table.Tr key={account.id}>
                  <Table.Td>{account.displayName}</Table.Td>
                  <Table.Td>{account.email}</Table.Td>
                  <Table.Td>{ROLE_LABEL[account.role]}</Table.Td>
                  <Table.Td>
                    <Badge color={account.status === 'ACTIVE' ? 'green.9' : 'gray.8'}>
                      {account.status.toLowerCase()}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{account.coupleName ?? '—'}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setEditing(account)}
                        aria-label={`Edit ${account.displayName}`}
                      >
                        Edit
                      </Button>
                      {account.status === 'ACTIVE' && (
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setDeactivating(account)}
                          aria-label={`Deactivate ${account.displayName}`}
                        >
                          Deactivate
                        </Button>
                      )}
                      {account.status === 'ACTIVE' && account.id !== viewer?.id && (
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setResetting(account)}
                          aria-label={`Reset password for ${account.displayName}`}
                        >
                          Reset password
                        </Button>
                      )}
                      {account.status === 'ACTIVE' &&
                        account.role !== 'CLIENT' &&
                        account.id !== viewer?.id && (
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => setResettingFactors(account)}
                            aria-label={`Reset two-factor for ${account.displayName}`}
                          >
                            Reset two-factor
                          </Button>
                        )}
                      {account.status !== 'ACTIVE' && (
                        <Button
                          size="xs"
                          variant="default"
                          loading={reactivation.loading}
                          onClick={() =>
                            void reactivate({ variables: { id: account.id } }).catch(
                              () => undefined,
                            )
                          }
                          aria-label={`Reactivate ${account.displayName}`}
                        >
                          Reactivate
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {accounts && (
        <Paging total={accounts.totalCount} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
      )}
      <InvitationsSection />
      <InviteDialog opened={inviting} onClose={() => setInviting(false)} />
      <EditAccountDialog account={editing} onClose={() => setEditing(null)} />
      <ConfirmDialog
        opened={deactivating !== null}
        title={`Deactivate ${deactivating?.displayName}?`}
        confirmLabel="Deactivate"
        loading={deactivation.loading}
        onClose={() => setDeactivating(null)}
        onConfirm={async () => {
          if (!deactivating) return;
          await deactivate({ variables: { id: deactivating.id } }).catch(() => undefined);
          setDeactivating(null);
        }}
      >
        They are signed out at once and cannot sign in until you reactivate the account. Nothing
        they wrote is deleted.
      </ConfirmDialog>
      <ConfirmDialog
        opened={resetting !== null}
        title={`Send ${resetting?.displayName} a password reset link?`}
        confirmLabel="Send link"
        loading={issuing.loading}
        onClose={() => setResetting(null)}
        onConfirm={async () => {
          if (!resetting) return;
          const issued = await issueReset({ variables: { id: resetting.id } }).catch(
            () => undefined,
          );
          if (issued) setResetFor(resetting.email);
          setResetting(null);
        }}
      >
        They are signed out everywhere at once. The link lets them choose a new password; it works
        once, for an hour, and is emailed to them where email is set up. You can also copy it to
        give it to them.
      </ConfirmDialog>
      <ConfirmDialog
        opened={resettingFactors !== null}
        title={`Reset ${resettingFactors?.displayName}'s two-factor sign-in?`}
        confirmLabel="Reset two-factor"
        loading={resettingTwoFactor.loading}
        onClose={() => setResettingFactors(null)}
        onConfirm={async () => {
          if (!resettingFactors) return;
          const done = await resetFactors({ variables: { id: resettingFactors.id } }).catch(
            () => undefined,
          );
          if (done) setFactorsResetFor(resettingFactors.displayName);
          setResettingFactors(null);
        }}
      >
        For someone who lost their phone and their recovery codes. Their authenticator app and
        recovery codes stop working and they are signed out everywhere at once. Make sure it is
        really them asking.
      </ConfirmDialog>
    </Stack>
  );
}
