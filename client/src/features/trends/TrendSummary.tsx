import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { RELIABLE_CHANGE_THRESHOLD } from '@tandem/shared';
import { ExplainText } from '../../app/Explain';
import { smallestReliableChange, summaryExplanation } from './explanations';
import { PARTNER_STYLE } from './chart-style';
import {
  formatScore,
  reliabilityText,
  scoreLabel,
  STATUS_EXPLANATIONS,
  STATUS_LABELS,
  type PartnerSummary,
  type TrendData,
} from './trend-data';

const longDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

// Filled and dark enough for white text at 4.5:1 or more (Mantine's green.9 is 4.4:1).
const STATUS_COLORS = {
  RECOVERED: '#276b33',
  IMPROVED: 'teal.9',
  UNCHANGED: 'gray.7',
  DETERIORATED: 'red.9',
} as const;

function directionText(summary: PartnerSummary): string {
  const { delta, baseline } = summary;
  if (delta === null || !baseline) return 'First check-in: change shows from the next one.';
  const since = `since the first check-in (${formatScore(baseline.score)} on ${longDate.format(new Date(baseline.takenAt))})`;
  if (delta === 0) return `No change ${since}.`;
  const points = Math.abs(delta) === 1 ? 'point' : 'points';
  const way = delta > 0 ? 'Up' : 'Down';
  const judgement = summary.better ? 'better' : 'worse';
  return `${way} ${formatScore(Math.abs(delta))} ${points} ${since}: ${judgement}.`;
}

/** One partner's standing on the selected score, in words and numbers. */
function PartnerCard({
  name,
  slot,
  summary,
  label,
}: {
  name: string;
  slot: 'a' | 'b';
  summary: PartnerSummary | null;
  label: string;
}) {
  return (
    <Card
      component="article"
      aria-label={name}
      withBorder
      padding="sm"
      style={{ borderLeft: `4px solid ${PARTNER_STYLE[slot].color}` }}
    >
      <Stack gap={4}>
        <Text fw={700}>{name}</Text>
        {!summary ? (
          <Text size="sm">No check-in in this range.</Text>
        ) : (
          <>
            <Text size="sm">
              {label}: <strong>{formatScore(summary.latest.score)}</strong> on{' '}
              {longDate.format(new Date(summary.latest.takenAt))}
            </Text>
            <Text size="sm">{directionText(summary)}</Text>
            {summary.status && (
              <Text size="sm">
                <Badge color={STATUS_COLORS[summary.status]} variant="filled" mr={6}>
                  {STATUS_LABELS[summary.status]}
                </Badge>
                RCI {summary.rci!.toFixed(2)}: {STATUS_EXPLANATIONS[summary.status]}.
              </Text>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}

/** Above the charts: where each partner stands, and what the numbers are read against. */
export function TrendSummary({ data }: { data: TrendData }) {
  const label = scoreLabel(data.key);
  const reference = data.reference;
  const smallestReliable = smallestReliableChange(reference, data.key);
  return (
    <Stack gap="xs" role="group" aria-labelledby="trend-summary-title">
      <Group gap={6}>
        <Title order={3} size="h5" id="trend-summary-title">
          Where each partner stands
        </Title>
        <ExplainText explanation={summaryExplanation(data)} />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: data.summaries.length > 1 ? 2 : 1 }}>
        {data.summaries.map((entry) => (
          <PartnerCard
            key={entry.slot}
            slot={entry.slot}
            name={entry.displayName}
            summary={entry.summary}
            label={label}
          />
        ))}
      </SimpleGrid>
      {reference && (
        <Text size="sm" c="gray.8">
          Reliability used: {reliabilityText(reference)}.
          {smallestReliable !== null &&
            ` A change of ${formatScore(smallestReliable)} points or more since a partner's first check-in is reliable (|RCI| ≥ ${RELIABLE_CHANGE_THRESHOLD}).`}{' '}
          Clinical cut-off {formatScore(reference.cutoff)}
          {reference.provisional ? ' (provisional norms, pending validation).' : '.'}
        </Text>
      )}
    </Stack>
  );
}
