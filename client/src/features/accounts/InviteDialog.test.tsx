import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { INVITE_USER } from './graphql/accounts';
import { InviteDialog } from './InviteDialog';

const invitation = {
  __typename: 'Invitation' as const,
  id: 'i1',
  email: 'jo@clinic.example',
  displayName: 'Jo Example',
  role: 'COUNSELOR' as const,
  status: 'PENDING' as const,
  createdAt: '2026-11-25T00:00:00.000Z',
  expiresAt: '2026-12-02T00:00:00.000Z',
  invitedByName: 'Nora Lindqvist',
};

describe('InviteDialog', () => {
  it('sends the typed invitation and shows the one-time link to copy', async () => {
    const url = 'https://tandem.example/accept-invitation#token';
    render(
      <MockedProvider
        mocks={[
          {
            request: {
              query: INVITE_USER,
              variables: {
                input: { email: 'jo@clinic.example', displayName: 'Jo Example', role: 'COUNSELOR' },
              },
            },
            result: {
              data: {
                inviteUser: { __typename: 'InvitationLink', url, emailed: false, invitation },
              },
            },
          },
        ]}
      >
        <MantineProvider>
          <InviteDialog opened onClose={() => undefined} />
        </MantineProvider>
      </MockedProvider>,
    );
    fireEvent.change(screen.getByLabelText(/Name/), { target: { value: 'Jo Example' } });
    fireEvent.change(screen.getByLabelText(/Email/), { target: { value: 'jo@clinic.example' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Counselor' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create invitation' }));
    expect(await screen.findByLabelText('Invitation link')).toHaveValue(url);
    expect(screen.getByText(/It works once, for 7 days/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
  });
});
