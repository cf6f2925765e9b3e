import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { CaseloadQuery, FlagKind } from '../../graphql/generated/graphql';
import { Explain } from '../../app/Explain';
import {
  CHANGE_TEXT,
  FLAG_TEXT,
  INDEX_EXPLANATION,
  RECOVERED_NOTE,
  NOT_MEASURED_TEXT,
  STRAIGHT_LINED_TEXT,
} from './flag-text';
import { PartnerProgress } from './PartnerProgress';
import { overdueText } from './progress-text';

type Couple = CaseloadQuery['caseload']['items'][number];

const dateFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
});
/** Each partner's full-form index in the current episode, with its changes. */
function Progress({ couple }: { couple: Couple }) {
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
      style={{ flexShrink: 0 }}
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

export function CaseloadTable({ couples }: { couples: Couple[] }) {
  const recovered = couples.some((couple) =>
    couple.progress.some((partner) => partner.index.sinceBaseline?.status === 'RECOVERED'),
  );
  return (
    <Stack gap={4}>
      <Table.ScrollContainer minWidth={960}>
        <Table striped highlightOnHover verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w="16%">
                Couple
              </Table.Th>
              <Table.Th scope="col" w="32%">
                <Group gap={6} wrap="nowrap">
                  Index now and its change
                  <Explain topic={INDEX_EXPLANATION.topic}>
                    {INDEX_EXPLANATION.paragraphs.map((text) => (
                      <Text key={text} size="sm">
                        {text}
                      </Text>
                    ))}
                    {[...Object.values(CHANGE_TEXT), NOT_MEASURED_TEXT, STRAIGHT_LINED_TEXT].map(
                      (status) => (
                        <Text key={status.label} size="sm">
                          <strong>{status.label}:</strong> {status.explanation}
                        </Text>
                      ),
                    )}
                  </Explain>
                </Group>
              </Table.Th>
              <Table.Th scope="col" w="32%">
                Flags
              </Table.Th>
              <Table.Th scope="col">To review</Table.Th>
              <Table.Th scope="col">Overdue</Table.Th>
              <Table.Th scope="col">Last activity</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {couples.map((couple) => (
              <Table.Tr key={couple.id}>
                <Table.Td>
                  <Stack gap={2}>
                    <Anchor component={Link} to={`/couples/${couple.id}`} fw={600}>
                      {couple.name}
                    </Anchor>
                    <Text size="sm">
                      {couple.partners.map((partner) => partner.displayName).join(' and ')}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {couple.isPrimaryCounselor ? 'Primary counselor' : 'Care team'} · in care
                      since {dateFormat.format(new Date(couple.inCareSince))}
                      {couple.episodeNumber > 1 && (
                        <>
                          {' '}
                          · episode {couple.episodeNumber} since{' '}
                          {dateFormat.format(new Date(couple.episodeStartedAt))}
                        </>
                      )}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Progress couple={couple} />
                </Table.Td>
                <Table.Td>
                  {couple.flags.length === 0 ? (
                    <Text c="dimmed">None</Text>
                  ) : (
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
                  )}
                </Table.Td>
                <Table.Td>{couple.toReviewCount || <Text c="dimmed">None</Text>}</Table.Td>
                <Table.Td>
                  {overdueText(couple.overdueCount, couple.overdueCheckinCount) ?? (
                    <Text c="dimmed">None</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {couple.lastActivityAt ? (
                    dateFormat.format(new Date(couple.lastActivityAt))
                  ) : (
                    <Text c="dimmed">Never</Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {recovered && (
        <Text size="xs" c="dimmed">
          {RECOVERED_NOTE}
        </Text>
      )}
    </Stack>
  );
}
