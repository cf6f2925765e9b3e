import { Badge, Group, Stack, Text } from '@mantine/core';
import type { CaseloadQuery } from '../../graphql/generated/graphql';
import { CHANGE_TEXT, NOT_MEASURED_TEXT, STRAIGHT_LINED_TEXT } from './flag-text';
import { rciText } from '../measurement/change-status';
import { changeText, expectedText, points, pulseText } from './progress-text';

type Partner = CaseloadQuery['caseload']['items'][number]['progress'][number];

/**
 * One partner's full-form index in the current episode: latest score, the status of the change
 * since baseline, both changes (since baseline and since the previous check-in), the pulse
 * index for context, a straight-lined latest response and the expected change.
 */
export function PartnerProgress({ partner }: { partner: Partner }) {
  const { index, pulseIndex } = partner;
  const status = index.sinceBaseline?.status ?? null;
  const pulse = pulseText(pulseIndex.latest?.score, pulseIndex.sinceBaseline);
  return (
    <Stack gap={0}>
      <Group gap={6} wrap="wrap">
        <Text size="sm">
          {partner.displayName.split(' ')[0]}:{' '}
          {index.latest ? <strong>{points(index.latest.score)}</strong> : '—'}
          {index.baseline &&
            index.latest &&
            index.baseline.checkinId !== index.latest.checkinId && (
              <> (baseline {points(index.baseline.score)})</>
            )}
        </Text>
        {status ? (
          <Badge
            size="sm"
            color={CHANGE_TEXT[status].color}
            title={`${CHANGE_TEXT[status].explanation} RCI ${rciText(index.sinceBaseline!.rci)}.`}
            style={{ flexShrink: 0 }}
          >
            {CHANGE_TEXT[status].label}
          </Badge>
        ) : (
          index.latest && (
            <Badge size="sm" variant="outline" color="gray.8" title={NOT_MEASURED_TEXT.explanation}>
              {NOT_MEASURED_TEXT.label}
            </Badge>
          )
        )}
        {partner.latestStraightLined && (
          <Badge size="sm" variant="outline" color="gray.8" title={STRAIGHT_LINED_TEXT.explanation}>
            {STRAIGHT_LINED_TEXT.label}
          </Badge>
        )}
      </Group>
      {index.sinceBaseline && (
        <Text size="xs">
          {changeText(index.sinceBaseline, 'baseline')} ·{' '}
          {changeText(index.sincePrevious, 'previous')}
        </Text>
      )}
      {pulse && (
        <Text size="xs" c="dimmed">
          {pulse}
        </Text>
      )}
      {partner.expected && (
        <Text size="xs" c="dimmed">
          {expectedText(partner.expected)}
        </Text>
      )}
    </Stack>
  );
}
