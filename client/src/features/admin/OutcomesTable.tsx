import { Box, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { FLAG_THRESHOLDS, MIN_DAYS_BETWEEN_MEASURES } from '@tandem/shared';
import type { ClinicOverviewQuery } from '../../graphql/generated/graphql';
import { CHANGE_STATUS, NOT_MEASURED } from '../measurement/change-status';

type Overview = ClinicOverviewQuery['clinicOverview'];
type Engagement = Overview['engagement'];
type Outcomes = Overview['outcomes'];

const OUTCOMES: Array<{ key: keyof Omit<Outcomes, '__typename'>; label: string }> = [
  { key: 'recovered', label: CHANGE_STATUS.RECOVERED.label },
  { key: 'improved', label: CHANGE_STATUS.IMPROVED.label },
  { key: 'unchanged', label: CHANGE_STATUS.UNCHANGED.label },
  { key: 'deteriorated', label: CHANGE_STATUS.DETERIORATED.label },
  { key: 'notMeasured', label: NOT_MEASURED.label },
];

/** Over the outcome columns: they count clients, while "Couples" counts couples. */
const OUTCOMES_HEADING = 'Clients, by change since baseline';

function rate(engagement: Engagement): string {
  if (engagement.rate === null) return 'Nothing due';
  return `${Math.round(engagement.rate * 100)} % (${engagement.onTime} of ${engagement.due})`;
}

interface Row {
  id: string;
  name: string;
  couples: number;
  engagement: Engagement;
  outcomes: Outcomes;
}

/** Engagement and outcomes for the clinic and each counselor, as numbers a table can carry. */
export function OutcomesTable({ overview }: { overview: Overview }) {
  // Eight columns do not fit a phone: there each row becomes a card of its own.
  const phone = useMediaQuery('(max-width: 36em)', undefined, { getInitialValueInEffect: false });
  const rows: Row[] = [
    {
      id: 'clinic',
      name: 'Whole clinic',
      couples: overview.activeCoupleCount,
      engagement: overview.engagement,
      outcomes: overview.outcomes,
    },
    ...overview.counselors.map((counselor) => ({
      id: counselor.counselorId,
      name: counselor.displayName,
      couples: counselor.coupleCount,
      engagement: counselor.engagement,
      outcomes: counselor.outcomes,
    })),
  ];
  return (
    <Stack gap="xs">
      {phone ? <OutcomeCards rows={rows} /> : <WideTable rows={rows} />}
      <Text size="sm" c="gray.8">
        Engagement: to-dos due in the last {FLAG_THRESHOLDS.engagementWindowDays} days submitted by
        their due date. Outcomes: clients of couples in care by reliable change of their full-form
        interdependence index since the baseline of the current episode of care (provisional norms);
        {NOT_MEASURED.label.toLowerCase()} until two full check-ins are at least{' '}
        {MIN_DAYS_BETWEEN_MEASURES} days apart. Counselors are counted by the couples they lead.
      </Text>
    </Stack>
  );
}

function WideTable({ rows }: { rows: Row[] }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped aria-label="Engagement and outcomes">
        <Table.Thead>
          <Table.Tr>
            <Table.Td colSpan={3} />
            <Table.Th scope="colgroup" colSpan={OUTCOMES.length} ta="center">
              {OUTCOMES_HEADING}
            </Table.Th>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="col">Who</Table.Th>
            <Table.Th scope="col">Couples</Table.Th>
            <Table.Th scope="col">On time</Table.Th>
            {OUTCOMES.map((outcome) => (
              <Table.Th scope="col" key={outcome.key}>
                {outcome.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Th scope="row">{row.name}</Table.Th>
              <Table.Td>{row.couples}</Table.Td>
              <Table.Td>
                <Text size="sm">{rate(row.engagement)}</Text>
              </Table.Td>
              {OUTCOMES.map((outcome) => (
                <Table.Td key={outcome.key}>{row.outcomes[outcome.key]}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** One card per row, each number beside its name. */
function OutcomeCards({ rows }: { rows: Row[] }) {
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {rows.map((row) => (
        <Box component="li" key={row.id}>
          <Paper withBorder p="sm" radius="md">
            <Text fw={700} mb={4}>
              {row.name}
            </Text>
            <SimpleGrid component="dl" cols={2} spacing={4} verticalSpacing={2} m={0}>
              <Figure label="Couples" value={row.couples} />
              <Figure label="On time" value={rate(row.engagement)} />
            </SimpleGrid>
            <Text size="sm" fw={600} mt="xs" mb={2}>
              {OUTCOMES_HEADING}
            </Text>
            <SimpleGrid component="dl" cols={2} spacing={4} verticalSpacing={2} m={0}>
              {OUTCOMES.map((outcome) => (
                <Figure key={outcome.key} label={outcome.label} value={row.outcomes[outcome.key]} />
              ))}
            </SimpleGrid>
          </Paper>
        </Box>
      ))}
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: number | string }) {
  return (
    <div>
      <Text component="dt" size="xs" c="gray.8">
        {label}
      </Text>
      <Text component="dd" size="sm" fw={600} m={0}>
        {value}
      </Text>
    </div>
  );
}
