import { useQuery } from '@apollo/client/react';
import { Anchor, Card, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { MIN_DAYS_BETWEEN_MEASURES } from '@tandem/shared';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { errorCode } from '../../app/errors';
import { EmptyState, ErrorState, LoadingState } from '../../app/PageStates';
import { usePageTitle } from '../../app/usePageTitle';
import { useSession } from '../auth/useSession';
import { PARTNER_STYLE } from './chart-style';
import { FormPicker } from './FormPicker';
import { MY_TRENDS } from './graphql/trends';
import {
  FORM_CHOICE_LABELS,
  formatScore,
  scoreLabel,
  withSeriesFirst,
  type ChangeSummary,
  type Form,
  type PartnerSummary,
  type TrendData,
} from './trend-data';
import { useTrendData } from './useTrendData';

// The same chart chunk as the counselor's (Recharts), loaded only when there is something to draw.
const ClientTrendCharts = lazy(() =>
  import('./TrendCharts').then((module) => ({ default: module.ClientTrendCharts })),
);

const longDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function pointsWords(change: ChangeSummary): string {
  const size = Math.abs(change.points);
  return `${change.points > 0 ? 'Up' : 'Down'} ${formatScore(size)} ${size === 1 ? 'point' : 'points'}`;
}

/** Plain words for a client: how far the score moved, never a statistic. */
function changeWords(summary: PartnerSummary, own: boolean): string[] {
  const whose = own ? 'your' : 'their';
  const kind = summary.form === 'PULSE' ? 'pulse' : 'full';
  const sinceFirst = summary.sinceBaseline;
  if (!sinceFirst) {
    return [
      `Change shows once there are two ${kind} check-ins at least ${MIN_DAYS_BETWEEN_MEASURES} days apart.`,
    ];
  }
  const words = [
    sinceFirst.points === 0
      ? `The same as ${whose} first ${kind} check-in.`
      : `${pointsWords(sinceFirst)} since ${whose} first ${kind} check-in.`,
  ];
  const sincePrevious = summary.sincePrevious;
  if (sincePrevious && sincePrevious.from.checkinId !== sinceFirst.from.checkinId) {
    words.push(
      sincePrevious.points === 0
        ? `The same as ${whose} previous ${kind} check-in.`
        : `${pointsWords(sincePrevious)} since ${whose} previous ${kind} check-in.`,
    );
  }
  return words;
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
  const [form, setForm] = useState<Form>('FULL');
  const prepared = useTrendData(trends, 'INDEX', form);

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
          <FormPicker value={form} onChange={setForm} />
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
                    {changeWords(summary, slot === 'a').map((words) => (
                      <Text size="sm" key={words}>
                        {words}
                      </Text>
                    ))}
                  </>
                ) : (
                  <Text size="sm">No {FORM_CHOICE_LABELS[form].toLowerCase()} yet.</Text>
                )}
              </Card>
            ))}
          </SimpleGrid>
          {prepared.hasFormPointsInRange ? (
            <>
              <Suspense fallback={<LoadingState label="Loading charts…" />}>
                <ClientTrendCharts data={prepared} names={names} />
              </Suspense>
              <ProfileNumbers data={prepared} names={names} />
            </>
          ) : (
            <Text size="sm">
              No {FORM_CHOICE_LABELS[form].toLowerCase()} yet: choose the other kind above.
            </Text>
          )}
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
