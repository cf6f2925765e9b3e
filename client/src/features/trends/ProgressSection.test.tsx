import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { COUPLE_TRENDS } from './graphql/trends';
import { ProgressSection } from './ProgressSection';
import { quickRange, rangeVariables } from './trend-data';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

const series = (clientId: string, displayName: string, patch: object = {}) => ({
  __typename: 'ScoreSeries' as const,
  clientId,
  displayName,
  points: [],
  baselines: [],
  progress: [],
  ...patch,
});

const point = (checkinId: string, days: number, score: number, form = 'FULL') => ({
  __typename: 'ScorePoint' as const,
  checkinId,
  form,
  instrumentVersion: 2,
  key: 'INDEX',
  score,
  straightLined: false,
  takenAt: daysAgo(days),
});

const landmark = (checkinId: string, days: number, score: number) => ({
  __typename: 'ScoreLandmark' as const,
  checkinId,
  takenAt: daysAgo(days),
  score,
});

const change = (
  from: ReturnType<typeof landmark>,
  to: ReturnType<typeof landmark>,
  rci: number,
  status: string,
) => ({
  __typename: 'MeasuredChange' as const,
  points: to.score - from.score,
  rci,
  sDiff: 6.26,
  reliable: Math.abs(rci) >= 1.96,
  status,
});

const reference = {
  __typename: 'ScoreReference' as const,
  key: 'INDEX',
  form: 'FULL',
  instrumentVersion: 2,
  cutoff: 61.4,
  cutoffA: 77,
  cutoffB: 48,
  cutoffC: 61.4,
  cutoffUsed: 'c',
  higherIsBetter: true,
  provisional: true,
  reliability: 0.912,
  reliabilitySource: 'CLINIC',
  reliabilityLower: 0.887,
  reliabilityUpper: 0.933,
  sampleSize: 140,
  sd: 13.2,
};

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
          result: {
            data: {
              coupleTrends: {
                __typename: 'Trends',
                coupleId: 'c1',
                episode: { __typename: 'TrendEpisode', number: 1, startedAt: daysAgo(200) },
                events: [],
                ...trends,
              },
            },
          },
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
      references: [],
    });
    expect(await screen.findByText('No check-ins yet')).toBeInTheDocument();
    expect(screen.getByText(/Schedule check-ins to see trends here/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download CSV' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Progress' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '12 months' })).toBeChecked();
  });

  it('shows change since baseline and since previous, "not measured yet", and what they are read against', async () => {
    const [first, best, now] = [
      landmark('k1', 60, 45),
      landmark('k2', 30, 70),
      landmark('k3', 10, 58),
    ];
    const only = landmark('k4', 10, 50);
    renderWith({
      series: [
        series('a', 'Alex Morgan', {
          points: [point('k1', 60, 45), point('k2', 30, 70), point('k3', 10, 58)],
          baselines: [point('k1', 60, 45)],
          progress: [
            {
              __typename: 'SeriesProgress',
              key: 'INDEX',
              form: 'FULL',
              instrumentVersion: 2,
              baseline: first,
              previous: best,
              latest: now,
              sinceBaseline: change(first, now, 2.01, 'IMPROVED'),
              sincePrevious: change(best, now, -1.97, 'DETERIORATED'),
            },
          ],
        }),
        series('b', 'Sam Morgan', {
          points: [point('k4', 10, 50)],
          baselines: [point('k4', 10, 50)],
          progress: [
            {
              __typename: 'SeriesProgress',
              key: 'INDEX',
              form: 'FULL',
              instrumentVersion: 2,
              baseline: only,
              previous: null,
              latest: only,
              sinceBaseline: null,
              sincePrevious: null,
            },
          ],
        }),
      ],
      references: [reference],
    });
    const alex = await screen.findByRole('article', { name: 'Alex Morgan' });
    // The relapse is visible beside the improvement since baseline, named as the caseload
    // names it, its RCI with a real minus sign.
    expect(within(alex).getByText('Improved')).toBeInTheDocument();
    expect(within(alex).getByText(/Up 13 points since the baseline \(45 on/)).toBeInTheDocument();
    expect(within(alex).getByText('Relapse')).toBeInTheDocument();
    expect(within(alex).queryByText('Deteriorated')).not.toBeInTheDocument();
    expect(
      within(alex).getByText(/Down 12 points since the previous check-in \(70 on .*: worse\./),
    ).toBeInTheDocument();
    expect(
      within(alex).getByText(
        /RCI −1.97: reliable change for the worse since the previous check-in \(RCI at or below −1.96\), even though the change since baseline is not/,
      ),
    ).toBeInTheDocument();
    const sam = screen.getByRole('article', { name: 'Sam Morgan' });
    expect(
      within(sam).getByText(
        /Not measured yet: change needs two comparable check-ins at least 7 days apart/,
      ),
    ).toBeInTheDocument();
    // Which reliability (the clinic's, with n and the Feldt interval), which cut-off, provisional norms.
    const words = screen.getByText(/^Reliability used:/);
    expect(words).toHaveTextContent(
      'the clinic’s own estimate (stratified α = 0.91, 95 % Feldt interval 0.89–0.93, from 140 clients’ first full check-in)',
    );
    expect(words).toHaveTextContent('Jacobson–Truax cut-off c = 61.4 (used; a = 77, b = 48)');
    expect(words).toHaveTextContent(
      'the norms are provisional, pending validation, and so is every Recovered badge',
    );
    // Full check-ins are drawn by default, with the pulse a choice away.
    expect(screen.getByRole('radio', { name: 'Full check-ins' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Pulse check-ins' })).not.toBeChecked();
  });
  it('says a change once when the previous check-in is the baseline, and keeps "Deteriorated" when both changes are falls', async () => {
    const [first, now] = [landmark('k1', 30, 47), landmark('k2', 10, 52)];
    const [start, middle, latest] = [
      landmark('k3', 60, 62),
      landmark('k4', 30, 58),
      landmark('k5', 10, 40),
    ];
    const progress = (
      baseline: ReturnType<typeof landmark>,
      previous: ReturnType<typeof landmark>,
      latestLandmark: ReturnType<typeof landmark>,
      sinceBaseline: ReturnType<typeof change>,
      sincePrevious: ReturnType<typeof change>,
    ) => ({
      __typename: 'SeriesProgress',
      key: 'INDEX',
      form: 'FULL',
      instrumentVersion: 2,
      baseline,
      previous,
      latest: latestLandmark,
      sinceBaseline,
      sincePrevious,
    });
    renderWith({
      series: [
        series('a', 'Drew Castillo', {
          points: [point('k1', 30, 47), point('k2', 10, 52)],
          baselines: [point('k1', 30, 47)],
          progress: [
            progress(
              first,
              first,
              now,
              change(first, now, 1.15, 'UNCHANGED'),
              change(first, now, 1.15, 'UNCHANGED'),
            ),
          ],
        }),
        series('b', 'Casey Bennett', {
          points: [point('k3', 60, 62), point('k4', 30, 58), point('k5', 10, 40)],
          baselines: [point('k3', 60, 62)],
          progress: [
            progress(
              start,
              middle,
              latest,
              change(start, latest, -5.07, 'DETERIORATED'),
              change(middle, latest, -4.15, 'DETERIORATED'),
            ),
          ],
        }),
      ],
      references: [reference],
    });
    const drew = await screen.findByRole('article', { name: 'Drew Castillo' });
    expect(within(drew).getAllByText('Unchanged')).toHaveLength(1);
    expect(
      within(drew).getByText(
        'Since the previous check-in: the same change, as the previous check-in is the baseline.',
      ),
    ).toBeInTheDocument();
    const casey = screen.getByRole('article', { name: 'Casey Bennett' });
    expect(within(casey).getAllByText('Deteriorated')).toHaveLength(2);
    expect(within(casey).queryByText('Relapse')).not.toBeInTheDocument();
  });
});
