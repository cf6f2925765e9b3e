import { Group, Stack, Table, Text } from '@mantine/core';
import {
  CoupleFlags,
  CoupleIdentity,
  CoupleProgress,
  dateFormat,
  IndexExplanation,
  type CaseloadCouple,
} from './CoupleParts';
import { RECOVERED_NOTE } from './flag-text';
import { overdueText } from './progress-text';

/** Whether any partner shown carries a Recovered badge (its cut-off rests on provisional norms). */
export function anyRecovered(couples: CaseloadCouple[]): boolean {
  return couples.some((couple) =>
    couple.progress.some((partner) => partner.index.sinceBaseline?.status === 'RECOVERED'),
  );
}

/** The caseload on a wide screen: one row per couple, its flags beside its scores. */
export function CaseloadTable({ couples }: { couples: CaseloadCouple[] }) {
  return (
    <Stack gap={4}>
      <Table.ScrollContainer minWidth={820}>
        <Table striped highlightOnHover verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w="16%">
                Couple
              </Table.Th>
              <Table.Th scope="col" w="32%">
                <Group gap={6} wrap="nowrap">
                  Index now and its change
                  <IndexExplanation />
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
                  <CoupleIdentity couple={couple} />
                </Table.Td>
                <Table.Td>
                  <CoupleProgress couple={couple} />
                </Table.Td>
                <Table.Td>
                  <CoupleFlags couple={couple} />
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
      {anyRecovered(couples) && (
        <Text size="xs" c="dimmed">
          {RECOVERED_NOTE}
        </Text>
      )}
    </Stack>
  );
}
