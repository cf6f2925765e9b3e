import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { CaseloadCards } from './CaseloadCards';
import type { CaseloadCouple } from './CoupleParts';

const partner = (clientId: string, displayName: string, latest: number | null) => ({
  clientId,
  displayName,
  latestStraightLined: false,
  index: {
    baseline: latest === null ? null : { checkinId: `${clientId}-1`, score: 47 },
    latest: latest === null ? null : { checkinId: `${clientId}-2`, score: latest },
    sinceBaseline:
      latest === null
        ? null
        : { points: latest - 47, rci: 1.15, reliable: false, status: 'UNCHANGED' as const },
    sincePrevious: latest === null ? null : { points: latest - 47, rci: 1.15, reliable: false },
  },
  pulseIndex: { latest: null, sinceBaseline: null },
  expected: null,
});

const couple = (patch: Partial<CaseloadCouple>): CaseloadCouple => ({
  id: 'c1',
  name: 'Jamie & Drew Castillo',
  isPrimaryCounselor: true,
  inCareSince: '2026-10-07T00:00:00.000Z',
  toReviewCount: 6,
  overdueCount: 0,
  overdueCheckinCount: 2,
  episodeNumber: 1,
  episodeStartedAt: '2026-10-07T00:00:00.000Z',
  lastActivityAt: '2026-12-07T12:00:00.000Z',
  indexChange: 5,
  partners: [
    { id: 'd', displayName: 'Drew Castillo' },
    { id: 'j', displayName: 'Jamie Castillo' },
  ],
  progress: [partner('d', 'Drew Castillo', 52), partner('j', 'Jamie Castillo', null)],
  flags: [
    {
      kind: 'URGENT_SAFETY',
      reason: 'A safety answer needs an individual check before joint work goes on.',
    },
  ],
  ...patch,
});

function renderCards(couples: CaseloadCouple[]) {
  render(
    <MemoryRouter>
      <MantineProvider>
        <CaseloadCards couples={couples} />
      </MantineProvider>
    </MemoryRouter>,
  );
  return screen.getAllByRole('listitem');
}

describe('CaseloadCards', () => {
  it('shows each couple as a card with its flags (explained) before its scores, and the counts', () => {
    const [card] = renderCards([couple({})]);
    const link = within(card).getByRole('link', { name: 'Jamie & Drew Castillo' });
    expect(link).toHaveAttribute('href', '/couples/c1');
    const flag = within(card).getByText('Urgent: safety');
    const score = within(card).getByText(/^Drew:/);
    // The flag comes first, so an urgent one is read before anything else on the card.
    expect(flag.compareDocumentPosition(score) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(
      within(card).getByRole('button', { name: 'What does Urgent: safety mean?' }),
    ).toBeInTheDocument();
    expect(within(card).getByText(/A safety answer needs an individual check/)).toBeInTheDocument();
    expect(within(card).getByText(/\+5 since baseline \(RCI 1\.15\)/)).toBeInTheDocument();
    expect(card).toHaveTextContent(
      'To review: 6 · Overdue: 2 check-ins · Last activity: ' +
        new Intl.DateTimeFormat(undefined, {
          year: 'numeric',
          month: 'short',
          day: 'numeric',
        }).format(new Date('2026-12-07T12:00:00.000Z')),
    );
  });

  it('says when a couple has no flags and no check-ins yet', () => {
    const [card] = renderCards([
      couple({
        flags: [],
        progress: [partner('d', 'Drew Castillo', null), partner('j', 'Jamie Castillo', null)],
        toReviewCount: 0,
        overdueCheckinCount: 0,
        lastActivityAt: null,
      }),
    ]);
    expect(within(card).getByText('No flags')).toBeInTheDocument();
    expect(within(card).getByText('No check-ins yet in this episode')).toBeInTheDocument();
    expect(card).toHaveTextContent('To review: none · Overdue: none · Last activity: never');
  });
});
