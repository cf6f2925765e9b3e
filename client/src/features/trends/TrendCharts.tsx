import { Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ExplainText } from '../../app/Explain';
import { BalanceChart, BalanceLegend } from './charts/BalanceChart';
import { ChartFigure } from './charts/ChartFigure';
import type { Names } from './charts/chart-parts';
import { GapChart, GapLegend } from './charts/GapChart';
import { ProfileChart, ProfileLegend } from './charts/ProfileChart';
import { ScoreChart, ScoreLegend } from './charts/ScoreChart';
import {
  balanceChartExplanation,
  gapChartExplanation,
  myIndexExplanation,
  myProfileExplanation,
  profileChartExplanation,
  scoreChartExplanation,
} from './explanations';
import {
  FORM_CHOICE_LABELS,
  LARGE_GAP_POINTS,
  reliabilityText,
  scoreLabel,
  type TrendData,
} from './trend-data';

/**
 * The Recharts charts of a couple's (or a client's own) trends, in a chunk of their own:
 * pages load this module with React.lazy, so Recharts never weighs on the entry bundle. It
 * arranges the charts of `charts/` (one file per chart and its key); everything they draw is
 * prepared by useTrendData, so they only draw.
 */

/** The counselor's charts: the selected score, the partner gap, the profile and the balance. */
export default function CounselorTrendCharts({ data, names }: { data: TrendData; names: Names }) {
  const label = scoreLabel(data.key);
  const both = data.partners.length === 2;
  return (
    <Stack gap="xl">
      <ChartFigure
        id="trend-score"
        title={`${label} over time`}
        explanation={scoreChartExplanation(data)}
        description={
          <>
            Each partner&apos;s score (0–100) at each check-in, from{' '}
            {FORM_CHOICE_LABELS[data.form].toLowerCase()}
            {data.key === 'CODEPENDENCE_RISK' ? '; lower is better.' : '; higher is better.'}
            {data.reference &&
              ` Reliable change is read against ${reliabilityText(data.reference)}.`}
          </>
        }
        legend={<ScoreLegend data={data} names={names} clinical mean markers events />}
      >
        <ScoreChart
          data={data}
          names={names}
          clinical
          mean
          markers
          events
          title={`${label} over time`}
        />
      </ChartFigure>
      {both && (
        <ChartFigure
          id="trend-gap"
          title="Gap between the partners"
          explanation={gapChartExplanation()}
          description={`How far apart the partners' scores are (|A − B|), for ${FORM_CHOICE_LABELS[data.form].toLowerCase()} both took within the same week. At ${LARGE_GAP_POINTS} points or more between full check-ins the caseload flags a large gap.`}
          legend={<GapLegend data={data} />}
        >
          <GapChart data={data} />
        </ChartFigure>
      )}
      <ChartFigure
        id="trend-profile"
        title="Latest profile"
        explanation={profileChartExplanation()}
        description="Each partner's most recent score per dimension in this range. Codependence risk is the one where lower is better."
        legend={<ProfileLegend data={data} names={names} />}
      >
        <ProfileChart data={data} names={names} />
      </ChartFigure>
      <Stack gap="xs">
        <Group gap={6} wrap="nowrap">
          <Title order={3} size="h5">
            Interdependence and codependence
          </Title>
          <ExplainText explanation={balanceChartExplanation()} />
        </Group>
        <Text size="sm" c="gray.7">
          Growing interdependence usually comes with falling codependence risk; when both rise
          together, that is worth a conversation.
        </Text>
        <SimpleGrid cols={{ base: 1, md: data.balance.length > 1 ? 2 : 1 }}>
          {data.balance.map((entry) => (
            <Stack
              key={entry.slot}
              component="figure"
              m={0}
              gap={4}
              aria-label={`${entry.displayName}: interdependence and codependence over time`}
              className="trend-figure"
            >
              <Text fw={600} size="sm" component="figcaption">
                {entry.displayName}
              </Text>
              <BalanceChart data={data} rows={entry.rows} name={entry.displayName} />
            </Stack>
          ))}
        </SimpleGrid>
        <BalanceLegend />
      </Stack>
    </Stack>
  );
}

/**
 * A client's own charts: their index over time (and their partner's when the counselor shares
 * scores) and their latest profile. No cut-off band or markers: those are for the care team
 * to read and explain.
 */
export function ClientTrendCharts({ data, names }: { data: TrendData; names: Names }) {
  return (
    <Stack gap="xl">
      <ChartFigure
        id="my-index"
        headingOrder={2}
        title="Interdependence index over time"
        explanation={myIndexExplanation()}
        description="From 0 to 100, higher is better: how well you rely on each other while each keeping a self of your own."
        legend={data.partners.length > 1 ? <ScoreLegend data={data} names={names} /> : undefined}
      >
        <ScoreChart
          data={data}
          names={names}
          height={260}
          title="Interdependence index over time"
        />
      </ChartFigure>
      <ChartFigure
        id="my-profile"
        headingOrder={2}
        explanation={myProfileExplanation()}
        title={data.partners.length > 1 ? 'Latest profiles' : 'Your latest profile'}
        description="The most recent score in each area. For codependence risk, lower is better."
        legend={data.partners.length > 1 ? <ProfileLegend data={data} names={names} /> : undefined}
      >
        <ProfileChart data={data} names={names} />
      </ChartFigure>
    </Stack>
  );
}
