import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { RELIABLE_CHANGE_THRESHOLD } from '@tandem/shared';
import { ExplainText } from '../../app/Explain';
import {
  CHANGE_STATUS,
  changeMeaning,
  NOT_MEASURED,
  RELAPSE_LABEL,
  rciText,
} from '../measurement/change-status';
import { PARTNER_STYLE } from './chart-style';
import { smallestReliableChange, summaryExplanation } from './explanations';
import {
  cutoffText,
  FORM_LABELS,
  formatScore,
  reliabilityText,
  scoreLabel,
  type ChangeSummary,
  type PartnerSummary,
  type TrendData,
} from './trend-data';

const longDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** "Up 5 points since the baseline (60 on 3 Mar 2027): better." */
export function changeText(change: ChangeSummary, since: string): string {
  const from = `${since} (${formatScore(change.from.score)} on ${longDate.format(new Date(change.from.takenAt))})`;
  if (change.points === 0) return `No change ${from}.`;
  const size = Math.abs(change.points);
  const points = size === 1 ? 'point' : 'points';
  const way = change.points > 0 ? 'Up' : 'Down';
  return `${way} ${formatScore(size)} ${points} ${from}: ${change.better ? 'better' : 'worse'}.`;
}

/**
 * The badge and meaning of a change. A reliable fall since the previous check-in is a relapse,
 * the caseload's word for it, unless the change since baseline is a reliable deterioration too
 * (the caseload then says that instead).
 */
export function changeStatusWords(
  change: ChangeSummary,
  relapse: boolean,
): { label: string; explanation: string } {
  if (relapse && change.status === 'DETERIORATED') {
    return {
      label: RELAPSE_LABEL,
      explanation: `reliable change for the worse since the previous check-in (RCI at or below −${RELIABLE_CHANGE_THRESHOLD}), even though the change since baseline is not`,
    };
  }
  return { label: CHANGE_STATUS[change.status].label, explanation: changeMeaning(change.status) };
}

/** One measured change with its badge and RCI. */
function ChangeLine({
  change,
  since,
  relapse = false,
}: {
  change: ChangeSummary;
  since: string;
  relapse?: boolean;
}) {
  const words = changeStatusWords(change, relapse);
  return (
    <Text size="sm">
      <Badge component="span" color={CHANGE_STATUS[change.status].color} variant="filled" mr={6}>
        {words.label}
      </Badge>
      {changeText(change, since)} RCI {rciText(change.rci)}: {words.explanation}.
    </Text>
  );
}

/** The change since the previous check-in, unless that check-in is the baseline (said once). */
function PreviousLine({ summary }: { summary: PartnerSummary }) {
  const { sincePrevious, sinceBaseline } = summary;
  if (!sincePrevious) {
    return <Text size="sm">Since the previous check-in: {NOT_MEASURED.label.toLowerCase()}.</Text>;
  }
  if (sinceBaseline && summary.previous?.checkinId === summary.baseline?.checkinId) {
    return (
      <Text size="sm" c="gray.8">
        Since the previous check-in: the same change, as the previous check-in is the baseline.
      </Text>
    );
  }
  return (
    <ChangeLine
      change={sincePrevious}
      since="since the previous check-in"
      relapse={sinceBaseline?.status !== 'DETERIORATED'}
    />
  );
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
          <Text size="sm">No check-in of this form yet in this episode of care.</Text>
        ) : (
          <>
            <Text size="sm">
              {label}: <strong>{formatScore(summary.latest.score)}</strong> on{' '}
              {longDate.format(new Date(summary.latest.takenAt))} (
              {FORM_LABELS[summary.form].toLowerCase()} form, version {summary.instrumentVersion})
            </Text>
            {summary.latestStraightLined && (
              <Text size="sm" c="gray.8" fw={600}>
                This check-in gave the same answer to every item: read its scores with care.
              </Text>
            )}
            {summary.sinceBaseline ? (
              <ChangeLine change={summary.sinceBaseline} since="since the baseline" />
            ) : (
              <Text size="sm">
                Since the baseline: {NOT_MEASURED.label}: {NOT_MEASURED.meaning}.
              </Text>
            )}
            <PreviousLine summary={summary} />
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
          {data.episode && data.episode.number > 1
            ? ` (episode of care ${data.episode.number})`
            : ''}
        </Title>
        <ExplainText explanation={summaryExplanation(data)} width={520} />
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
            ` A change of ${formatScore(smallestReliable)} points or more between two ${FORM_LABELS[reference.form].toLowerCase()} check-ins is reliable (RCI at or above ${RELIABLE_CHANGE_THRESHOLD}, or at or below −${RELIABLE_CHANGE_THRESHOLD}).`}{' '}
          Jacobson–Truax {cutoffText(reference)}
          {reference.provisional
            ? `; the norms are provisional, pending validation, and so is every ${CHANGE_STATUS.RECOVERED.label} badge.`
            : '.'}
        </Text>
      )}
    </Stack>
  );
}
