import { useQuery } from '@apollo/client/react';
import { Anchor, Card, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { lazy, Suspense, useMemo } from 'react';
import { Link } from 'react-router';
import { errorCode } from '../../app/errors';
import { EmptyState, ErrorState, LoadingState } from '../../app/PageStates';
import { usePageTitle } from '../../app/usePageTitle';
import { useSession } from '../auth/useSession';
import { PARTNER_STYLE } from './chart-style';
import { MY_TRENDS } from './graphql/trends';
import {
  formatScore,
  scoreLabel,
  withSeriesFirst,
  type PartnerSummary,
  type TrendData,
} from './trend-data';
import { useTrendData } from './useTrendData';

// The same chart chunk as the counselor's (Recharts), loaded only when there is something to draw.
const ClientTrendCharts = lazy(() =>
  import('./TrendCharts').then((module) => ({ default: module.ClientTrendCharts })),
);

const longDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function changeWords(summary: PartnerSummary, own: boolean): string {
  const first = own ? 'your first check-in' : 'their first check-in';
  if (summary.delta === null) return `This is ${first}; change shows from the next one.`;
  if (summary.delta === 0) return `The same as ${first}.`;
  const points = Math.abs(summary.delta) === 1 ? 'point' : 'points';
  return `${summary.delta > 0 ? 'Up' : 'Down'} ${formatScore(Math.abs(summary.delta))} ${points} since ${first}.`;
}

/** `/progress`: the client's own interdependence over time, and their partner's when shared. */
export default function MyProgressPage() {
  usePageTitle('My progress');
  const { viewer } = useSession();
  const { data, loading, error, refetch } = useQuery(MY_TRENDS, {
    variables: { from: null, to: null },
    fetchPolicy: 'cache-and-network',
  });
  const trends = useMemo(
    () => (data && viewer ? withSeriesFirst(data.myTrends, viewer.id) : undefined),
    [data, viewer],
  );
  const prepared = useTrendData(trends, 'INDEX');

  if (loading && !prepared) return <LoadingState label="Loading your progress…" />;
  if (errorCode(error) === 'NOT_FOUND') {
    return (
      <Stack maw={720}>
        <Title order={1}>My progress</Title>
        <Text>
          You are not part of a couple in Tandem yet. Your clinic sets this up with you; your
          progress shows here once you take check-ins.
        </Text>
      </Stack>
    );
  }
  if (error && !prepared) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!prepared) return null;

  const partner = prepared.partners.find((entry) => entry.slot === 'b');
  const names = { a: 'You', b: partner?.displayName };
  return (
    <Stack maw={720} gap="lg">
      <Title order={1}>My progress</Title>
      {!prepared.hasPointsInRange ? (
        <EmptyState title="No check-ins yet">
          When your counselor schedules a check-in it appears under{' '}
          <Anchor component={Link} to="/exercises">
            My exercises
          </Anchor>
          . Your scores show here after your first one.
        </EmptyState>
      ) : (
        <>
          <Text>
            Your check-ins measure how well you and your partner rely on each other while each
            keeping a self of your own. Scores run from 0 to 100; they move slowly, so look at the
            direction over several check-ins rather than one.
          </Text>
          {partner && (
            <Text size="sm" c="gray.8">
              Your counselor shares scores between you and {partner.displayName}: you each see the
              other&apos;s scores, never each other&apos;s answers.
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, xs: partner ? 2 : 1 }}>
            {prepared.summaries.map(({ slot, summary, displayName }) => (
              <Card
                key={slot}
                withBorder
                padding="sm"
                style={{ borderLeft: `4px solid ${PARTNER_STYLE[slot].color}` }}
              >
                <Text fw={700}>{slot === 'a' ? 'You' : displayName}</Text>
                {summary ? (
                  <>
                    <Text size="sm">
                      {scoreLabel('INDEX')}: <strong>{formatScore(summary.latest.score)}</strong> on{' '}
                      {longDate.format(new Date(summary.latest.takenAt))}
                    </Text>
                    <Text size="sm">{changeWords(summary, slot === 'a')}</Text>
                  </>
                ) : (
                  <Text size="sm">No check-in yet.</Text>
                )}
              </Card>
            ))}
          </SimpleGrid>
          <Suspense fallback={<LoadingState label="Loading charts…" />}>
            <ClientTrendCharts data={prepared} names={names} />
          </Suspense>
          <ProfileNumbers data={prepared} names={names} />
        </>
      )}
    </Stack>
  );
}

/** The numbers of the charts for screen readers, which cannot read the bars. */
function ProfileNumbers({
  data,
  names,
}: {
  data: TrendData;
  names: Record<string, string | undefined>;
}) {
  const slots = data.partners.map((entry) => entry.slot);
  return (
    <VisuallyHidden>
      <Table>
        <Table.Caption c="gray.7">
          Latest scores by area (0–100; codependence risk: lower is better)
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Area</Table.Th>
            {slots.map((slot) => (
              <Table.Th scope="col" key={slot}>
                {names[slot]}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.profile.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row">{row.label}</Table.Th>
              {slots.map((slot) => (
                <Table.Td key={slot}>
                  {row[slot] === undefined ? 'no score' : formatScore(row[slot]!)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Table>
        <Table.Caption c="gray.7">Interdependence index at each check-in</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Date</Table.Th>
            {slots.map((slot) => (
              <Table.Th scope="col" key={slot}>
                {names[slot]}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.rows.map((row) => (
            <Table.Tr key={row.t}>
              <Table.Th scope="row">{longDate.format(row.t)}</Table.Th>
              {slots.map((slot) => (
                <Table.Td key={slot}>
                  {row[slot] === undefined ? '–' : formatScore(row[slot]!)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </VisuallyHidden>
  );
}
