import { Box, Group, Paper, Stack, Text } from '@mantine/core';
import { anyRecovered } from './CaseloadTable';
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

/**
 * The caseload on a narrow screen: one card per couple, its flags first (an urgent one must
 * not sit in a column scrolled out of view), then the scores and the counts the table shows.
 */
export function CaseloadCards({ couples }: { couples: CaseloadCouple[] }) {
  return (
    <Stack gap="sm">
      <Group gap={6} wrap="nowrap">
        <Text size="sm">Each card: flags, then each partner&apos;s index and its change</Text>
        <IndexExplanation />
      </Group>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {couples.map((couple) => (
          <Box component="li" key={couple.id}>
            <Paper withBorder p="sm" radius="md">
              <Stack gap="sm">
                <CoupleIdentity couple={couple} />
                <CoupleFlags couple={couple} none="No flags" />
                <CoupleProgress couple={couple} />
                <Text size="xs" c="gray.8">
                  To review: {couple.toReviewCount || 'none'} · Overdue:{' '}
                  {overdueText(couple.overdueCount, couple.overdueCheckinCount) ?? 'none'} · Last
                  activity:{' '}
                  {couple.lastActivityAt
                    ? dateFormat.format(new Date(couple.lastActivityAt))
                    : 'never'}
                </Text>
              </Stack>
            </Paper>
          </Box>
        ))}
      </Stack>
      {anyRecovered(couples) && (
        <Text size="xs" c="dimmed">
          {RECOVERED_NOTE}
        </Text>
      )}
    </Stack>
  );
}
