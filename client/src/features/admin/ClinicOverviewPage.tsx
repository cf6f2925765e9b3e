import { useQuery } from '@apollo/client/react';
import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ExplainText } from '../../app/Explain';
import { ErrorState, LoadingState } from '../../app/PageStates';
import { usePageTitle } from '../../app/usePageTitle';
import { CLINIC_OVERVIEW } from './graphql/clinic-overview';
import { OutcomesTable } from './OutcomesTable';
import { OUTCOMES_EXPLANATION } from './outcome-text';
import { referenceText } from '../caseload/reference-text';

export default function ClinicOverviewPage() {
  usePageTitle('Clinic overview');
  const { data, loading, error, refetch } = useQuery(CLINIC_OVERVIEW);
  return (
    <Stack>
      <Title order={1}>Clinic overview</Title>
      {loading && <LoadingState />}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && (
        <>
          <Text c="dimmed">{data.clinicOverview.clinic.name}</Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Figure label="Active counselors" value={data.clinicOverview.counselorCount} />
            <Figure label="Active clients" value={data.clinicOverview.clientCount} />
            <Figure label="Couples in care" value={data.clinicOverview.activeCoupleCount} />
          </SimpleGrid>
          <Group gap={6} wrap="nowrap">
            <Title order={2} size="h3">
              Engagement and outcomes
            </Title>
            <ExplainText explanation={OUTCOMES_EXPLANATION} />
          </Group>
          <OutcomesTable overview={data.clinicOverview} />
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              Reliability used for the outcomes
            </Text>
            {data.clinicOverview.references.map((reference) => (
              <Text size="sm" key={`${reference.instrumentVersion}:${reference.form}`}>
                {referenceText(reference)}
              </Text>
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={32} fw={700}>
        {value}
      </Text>
    </Paper>
  );
}
