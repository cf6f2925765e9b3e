import { Table, Text } from '@mantine/core';
import { FLAG_THRESHOLDS, MIN_DAYS_BETWEEN_MEASURES } from '@tandem/shared';
import type { ClinicOverviewQuery } from '../../graphql/generated/graphql';

type Overview = ClinicOverviewQuery['clinicOverview'];
type Engagement = Overview['engagement'];
type Outcomes = Overview['outcomes'];

const OUTCOMES: Array<{ key: keyof Omit<Outcomes, '__typename'>; label: string }> = [
  { key: 'recovered', label: 'Recovered' },
  { key: 'improved', label: 'Improved' },
  { key: 'unchanged', label: 'Unchanged' },
  { key: 'deteriorated', label: 'Deteriorated' },
  { key: 'notMeasured', label: 'Not measured yet' },
];

function rate(engagement: Engagement): string {
  if (engagement.rate === null) return 'Nothing due';
  return `${Math.round(engagement.rate * 100)} % (${engagement.onTime} of ${engagement.due})`;
}

/** Engagement and outcomes for the clinic and each counselor, as numbers a table can carry. */
export function OutcomesTable({ overview }: { overview: Overview }) {
  const rows = [
    { id: 'clinic', name: 'Whole clinic', couples: overview.activeCoupleCount, ...overview },
    ...overview.counselors.map((counselor) => ({
      id: counselor.counselorId,
      name: counselor.displayName,
      couples: counselor.coupleCount,
      engagement: counselor.engagement,
      outcomes: counselor.outcomes,
    })),
  ];
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped>
        <Table.Caption>
          Engagement: to-dos due in the last {FLAG_THRESHOLDS.engagementWindowDays} days submitted
          by their due date. Outcomes: clients of couples in care by reliable change of their
          full-form interdependence index since the baseline of the current episode of care
          (provisional norms); not measured yet until two full check-ins are at least{' '}
          {MIN_DAYS_BETWEEN_MEASURES} days apart. Counselors are counted by the couples they lead.
        </Table.Caption>
        <Table.Thead>
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
