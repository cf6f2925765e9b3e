import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { CaseloadQuery, FlagKind } from '../../graphql/generated/graphql';
import { Explain } from '../../app/Explain';
import { CHANGE_TEXT, FLAG_TEXT, INDEX_EXPLANATION } from './flag-text';

type Couple = CaseloadQuery['caseload']['items'][number];

const dateFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
});
const one = (value: number) => value.toFixed(1).replace(/\.0$/, '');

/** Each partner's latest index, the change since their first check-in and what it means. */
function Progress({ couple }: { couple: Couple }) {
  if (couple.progress.every((partner) => partner.latestIndex === null)) {
    return <Text c="dimmed">No check-ins yet</Text>;
  }
  return (
    <Stack gap={4}>
      {couple.progress.map((partner) => (
        <Group key={partner.clientId} gap={6}>
          <Text size="sm">
            {partner.displayName.split(' ')[0]}:{' '}
            {partner.latestIndex === null ? '—' : <strong>{one(partner.latestIndex)}</strong>}
            {partner.baselineIndex !== null && partner.latestIndex !== null && (
              <> (from {one(partner.baselineIndex)})</>
            )}
          </Text>
          {partner.status && (
            <Badge
              size="sm"
              color={CHANGE_TEXT[partner.status].color}
              title={`RCI ${partner.rci}`}
              style={{ flexShrink: 0 }}
            >
              {CHANGE_TEXT[partner.status].label}
            </Badge>
          )}
        </Group>
      ))}
    </Stack>
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
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Couple</Table.Th>
            <Table.Th scope="col">
              <Group gap={6} wrap="nowrap">
                Index now (first check-in)
                <Explain topic={INDEX_EXPLANATION.topic}>
                  {INDEX_EXPLANATION.paragraphs.map((text) => (
                    <Text key={text} size="sm">
                      {text}
                    </Text>
                  ))}
                  {Object.values(CHANGE_TEXT).map((status) => (
                    <Text key={status.label} size="sm">
                      <strong>{status.label}:</strong> {status.explanation}
                    </Text>
                  ))}
                </Explain>
              </Group>
            </Table.Th>
            <Table.Th scope="col">Flags</Table.Th>
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
                    {couple.isPrimaryCounselor ? 'Primary counselor' : 'Care team'} · in care since{' '}
                    {dateFormat.format(new Date(couple.inCareSince))}
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
                          <Badge size="sm" color={FLAG_TEXT[flag.kind].color}>
                            {FLAG_TEXT[flag.kind].label}
                          </Badge>
                          <FlagExplanation kind={flag.kind} />
                        </Group>
                        <Text size="xs">{flag.reason}</Text>
                      </Stack>
                    ))}
                  </Stack>
                )}
              </Table.Td>
              <Table.Td>{couple.toReviewCount || <Text c="dimmed">None</Text>}</Table.Td>
              <Table.Td>{couple.overdueCount || <Text c="dimmed">None</Text>}</Table.Td>
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
  );
}
