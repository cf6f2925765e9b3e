import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { RESOLVE_SAFETY_ALERT, SAFETY_ALERTS } from './graphql/safety';
import { SafetyAlertBanner } from './SafetyAlertBanner';

const COUPLE = 'c1';
const alert = {
  __typename: 'SafetyAlert' as const,
  id: 'a1',
  clientName: 'Alex Morgan',
  raisedAt: '2026-12-07T09:30:00.000Z',
};
const page = (items: (typeof alert)[]) => ({
  data: {
    safetyAlerts: { __typename: 'SafetyAlertPage' as const, openCount: items.length, items },
  },
});
const alertsQuery = { query: SAFETY_ALERTS, variables: { coupleId: COUPLE } };
const NOTE = 'Met Alex alone; safety plan agreed.';

function renderBanner(mocks: MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks}>
      <MantineProvider>
        <SafetyAlertBanner coupleId={COUPLE} />
      </MantineProvider>
    </MockedProvider>,
  );
}

describe('SafetyAlertBanner', () => {
  it('says whose answer needs an individual check, and resolves it with a note and a confirmation', async () => {
    let resolved = false;
    renderBanner([
      { request: alertsQuery, result: page([alert]) },
      {
        request: { query: RESOLVE_SAFETY_ALERT, variables: { id: 'a1', resolution: NOTE } },
        result: () => {
          resolved = true;
          return {
            data: {
              resolveSafetyAlert: {
                __typename: 'SafetyAlert',
                id: 'a1',
                resolvedAt: '2026-12-08T10:00:00.000Z',
                resolvedByName: 'Maya Okafor',
                resolution: NOTE,
              },
            },
          };
        },
      },
      { request: alertsQuery, result: page([]) },
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Checking for safety alerts');
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('Safety answer needs an individual check: Alex Morgan');
    expect(banner).toHaveTextContent('afraid of, controlled or hurt by their partner');
    expect(banner).toHaveTextContent('Do an individual safety check before joint work continues.');
    // What was seen, never the answer itself.
    expect(banner.textContent).not.toMatch(/[1-5] on|agree|value/i);

    fireEvent.click(within(banner).getByRole('button', { name: 'Resolve' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Resolve the safety alert for Alex Morgan?',
    });
    const submit = within(dialog).getByRole('button', { name: 'Resolve alert' });
    expect(submit).toBeDisabled();
    fireEvent.change(within(dialog).getByLabelText(/What the individual safety check found/), {
      target: { value: NOTE },
    });
    // The note alone is not enough: the check itself must be confirmed.
    expect(submit).toBeDisabled();
    fireEvent.click(
      within(dialog).getByRole('checkbox', {
        name: 'I have done an individual safety check with Alex Morgan',
      }),
    );
    expect(submit).toBeEnabled();
    fireEvent.click(submit);
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(resolved).toBe(true);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // The Resolve button went with the banner: the focus goes to a confirmation, not nowhere.
    const done = await screen.findByRole('status');
    expect(done).toHaveTextContent('Safety alert for Alex Morgan resolved');
    await waitFor(() => expect(done).toHaveFocus());
    fireEvent.click(within(done).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('status')).not.toBeInTheDocument());
  });

  it('says why Resolve alert is not available yet', async () => {
    renderBanner([{ request: alertsQuery, result: page([alert]) }]);
    fireEvent.click(await screen.findByRole('button', { name: 'Resolve' }));
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByRole('button', { name: 'Resolve alert' }),
    ).toHaveAccessibleDescription(
      'Write what the check found and tick the box to resolve the alert.',
    );
  });

  it('shows nothing when the couple has no open alert', async () => {
    renderBanner([{ request: alertsQuery, result: page([]) }]);
    await waitFor(() => expect(screen.queryByRole('status')).not.toBeInTheDocument());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByText(/safety/i)).not.toBeInTheDocument();
  });

  it('never passes a failed load off as "no alert"', async () => {
    renderBanner([
      {
        request: alertsQuery,
        result: { errors: [new GraphQLError('Tandem cannot reach its database right now.')] },
      },
      { request: alertsQuery, result: page([alert]) },
    ]);
    const failure = await screen.findByRole('alert');
    expect(failure).toHaveTextContent('Safety alerts could not be loaded');
    fireEvent.click(within(failure).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/Safety answer needs an individual check/)).toBeInTheDocument();
  });

  it('shows why a resolution was refused (a colleague resolved it first)', async () => {
    renderBanner([
      { request: alertsQuery, result: page([alert]) },
      {
        request: { query: RESOLVE_SAFETY_ALERT, variables: { id: 'a1', resolution: NOTE } },
        result: {
          errors: [
            new GraphQLError('This safety alert is already resolved.', {
              extensions: { code: 'CONFLICT' },
            }),
          ],
        },
      },
      { request: alertsQuery, result: page([alert]) },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Resolve' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/What the individual safety check found/), {
      target: { value: NOTE },
    });
    fireEvent.click(within(dialog).getByRole('checkbox'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Resolve alert' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This safety alert is already resolved.',
    );
  });
});
