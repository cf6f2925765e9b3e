import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { CaseloadQuery, FlagKind } from '../../graphql/generated/graphql';
import { Explain } from '../../app/Explain';
import {
  CHANGE_TEXT,
  FLAG_TEXT,
  INDEX_EXPLANATION,
  NOT_MEASURED_TEXT,
  STRAIGHT_LINED_TEXT,
} from './flag-text';
import { PartnerProgress } from './PartnerProgress';

/**
 * The pieces of one caseload couple that the wide table and the narrow card list both show,
 * so the two layouts never say different things.
 */

export type CaseloadCouple = CaseloadQuery['caseload']['items'][number];

export const dateFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
});

/** The couple's name (a link to its page), the partners, and the counselor's role. */
export function CoupleIdentity({ couple }: { couple: CaseloadCouple }) {
  return (
    <Stack gap={2}>
      <Anchor component={Link} to={`/couples/${couple.id}`} fw={600}>
        {couple.name}
      </Anchor>
      <Text size="sm">{couple.partners.map((partner) => partner.displayName).join(' and ')}</Text>
      <Text size="xs" c="dimmed">
        {couple.isPrimaryCounselor ? 'Primary counselor' : 'Care team'} · in care since{' '}
        {dateFormat.format(new Date(couple.inCareSince))}
        {couple.episodeNumber > 1 && (
          <>
            {' '}
            · episode {couple.episodeNumber} since{' '}
            {dateFormat.format(new Date(couple.episodeStartedAt))}
          </>
        )}
      </Text>
    </Stack>
  );
}

/** Each partner's full-form index in the current episode, with its changes. */
export function CoupleProgress({ couple }: { couple: CaseloadCouple }) {
  if (couple.progress.every((partner) => partner.index.latest === null)) {
    return <Text c="dimmed">No check-ins yet in this episode</Text>;
  }
  return (
    <Stack gap={6}>
      {couple.progress.map((partner) => (
        <PartnerProgress key={partner.clientId} partner={partner} />
      ))}
    </Stack>
  );
}

/** A flag's name; an urgent one filled, larger and first, so it cannot be read past. */
function FlagBadge({ kind }: { kind: FlagKind }) {
  const text = FLAG_TEXT[kind];
  return (
    <Badge
      size={text.urgent ? 'md' : 'sm'}
      color={text.color}
      variant="filled"
      radius={text.urgent ? 'sm' : undefined}
      style={{ flexShrink: 1, minWidth: 0 }}
    >
      {text.label}
    </Badge>
  );
}

/** What a flag means and how it is worked out, beside the flag. */
export function FlagExplanation({ kind }: { kind: FlagKind }) {
  const text = FLAG_TEXT[kind];
  return (
    <Explain topic={text.label}>
      <Text size="sm">{text.explanation}</Text>
      <Text size="sm">{text.computed}</Text>
    </Explain>
  );
}

/** The couple's flags, each with its explanation and its reason (the numbers behind it). */
export function CoupleFlags({ couple, none = 'None' }: { couple: CaseloadCouple; none?: string }) {
  if (couple.flags.length === 0) return <Text c="dimmed">{none}</Text>;
  return (
    <Stack gap={6}>
      {couple.flags.map((flag) => (
        <Stack key={flag.kind + flag.reason} gap={0}>
          <Group gap={4} wrap="nowrap">
            <FlagBadge kind={flag.kind} />
            <FlagExplanation kind={flag.kind} />
          </Group>
          <Text size="xs" fw={FLAG_TEXT[flag.kind].urgent ? 700 : undefined}>
            {flag.reason}
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}

/** How the index column (or a card's scores) is read: the scores, their changes, the statuses. */
export function IndexExplanation() {
  return (
    <Explain topic={INDEX_EXPLANATION.topic}>
      {INDEX_EXPLANATION.paragraphs.map((text) => (
        <Text key={text} size="sm">
          {text}
        </Text>
      ))}
      {[...Object.values(CHANGE_TEXT), NOT_MEASURED_TEXT, STRAIGHT_LINED_TEXT].map((status) => (
        <Text key={status.label} size="sm">
          <strong>{status.label}:</strong> {status.explanation}
        </Text>
      ))}
    </Explain>
  );
}
