import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { CoupleFieldsFragment, Role } from '../../graphql/generated/graphql';
import { ME } from '../auth/graphql/session';
import CouplePage from './CouplePage';
import { COUPLE } from './graphql/couples';

type Permissions = CoupleFieldsFragment['viewerCan'];

const NOTHING: Permissions = {
  manage: false,
  assign: false,
  readSessionNotes: false,
  handleSafetyAlerts: false,
};

function renderCouplePage(role: Role, viewerCan: Partial<Permissions>) {
  const mocks: MockLink.MockedResponse[] = [
    {
      request: { query: ME },
      result: {
        data: {
          me: {
            __typename: 'Viewer',
            id: 'u1',
            email: 'nora@clinic.example',
            displayName: 'Nora Lindqvist',
            role,
            clinic: { __typename: 'Clinic', id: 'c1', name: 'Riverbend Counseling' },
          },
        },
      },
    },
    {
      request: { query: COUPLE, variables: { id: 'k1' } },
      result: {
        data: {
          couple: {
            __typename: 'Couple',
            id: 'k1',
            name: 'Alex & Sam',
            status: 'ACTIVE',
            confidentialityPolicy: 'NO_SECRETS',
            inCareSince: '2027-01-04T00:00:00.000Z',
            version: 1,
            partners: [],
            // The viewer is not on this care team: the page must not work that out itself.
            careTeam: [
              {
                __typename: 'CareTeamMember',
                counselorId: 'u9',
                displayName: 'Maya Okafor',
                isPrimary: true,
              },
            ],
            viewerCan: { __typename: 'CouplePermissions', ...NOTHING, ...viewerCan },
          },
        },
      },
    },
  ];
  render(
    // The sections load their own data, which is not what these tests are about.
    <MockedProvider mocks={mocks} showWarnings={false}>
      <MantineProvider>
        <MemoryRouter initialEntries={['/couples/k1']}>
          <Routes>
            <Route path="/couples/:id" element={<CouplePage />} />
          </Routes>
        </MemoryRouter>
      </MantineProvider>
    </MockedProvider>,
  );
}

describe('CouplePage', () => {
  it('offers an admin who may manage the couple its actions, and nothing of the care team', async () => {
    renderCouplePage('ADMIN', { manage: true });
    expect(
      await screen.findByRole('button', { name: 'Edit couple and care team' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Discharge couple' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Timeline and session notes' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Exercises' })).toBeNull();
  });

  it('shows the session notes to whom the server allows them, whatever the care team it lists', async () => {
    renderCouplePage('ADMIN', { manage: true, readSessionNotes: true });
    expect(
      await screen.findByRole('heading', { name: 'Timeline and session notes' }),
    ).toBeInTheDocument();
  });

  it('gives a counselor who may assign the exercises and check-ins, and no admin actions', async () => {
    renderCouplePage('COUNSELOR', { assign: true });
    expect(await screen.findByRole('heading', { name: 'Exercises' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Check-ins' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit couple and care team' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Timeline and session notes' })).toBeNull();
  });

  it('offers nothing the server does not allow', async () => {
    renderCouplePage('COUNSELOR', {});
    expect(await screen.findByRole('heading', { name: 'Alex & Sam' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Exercises' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit couple and care team' })).toBeNull();
  });
});
