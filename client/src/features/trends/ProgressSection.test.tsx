import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { COUPLE_TRENDS } from './graphql/trends';
import { ProgressSection } from './ProgressSection';
import { quickRange, rangeVariables } from './trend-data';

const series = (clientId: string, displayName: string) => ({
  __typename: 'ScoreSeries' as const,
  clientId,
  displayName,
  points: [],
  baselines: [],
});

function renderWith(trends: object) {
  const { from, to } = quickRange('12m');
  render(
    <MockedProvider
      mocks={[
        {
          request: {
            query: COUPLE_TRENDS,
            variables: { coupleId: 'c1', ...rangeVariables(from, to) },
          },
          result: { data: { coupleTrends: { __typename: 'Trends', coupleId: 'c1', ...trends } } },
        },
      ]}
    >
      <MantineProvider>
        <ProgressSection coupleId="c1" coupleName="Alex & Sam Morgan" />
      </MantineProvider>
    </MockedProvider>,
  );
}

describe('ProgressSection', () => {
  it('invites the counselor to schedule check-ins while there are none', async () => {
    renderWith({
      series: [series('a', 'Alex Morgan'), series('b', 'Sam Morgan')],
      events: [],
      references: [],
    });
    expect(await screen.findByText('No check-ins yet')).toBeInTheDocument();
    expect(screen.getByText(/Schedule check-ins to see trends here/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download CSV' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Progress' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '12 months' })).toBeChecked();
  });
});
