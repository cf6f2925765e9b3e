import { useQuery } from '@apollo/client/react';
import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { EmptyState, ErrorState, LoadingState } from '../../app/PageStates';
import { usePageTitle } from '../../app/usePageTitle';
import { POLICY_TEXT } from '../couples/policy-text';
import { MY_COUPLE } from './graphql/my-couple';

export default function MyExercisesPage() {
  usePageTitle('My exercises');
  const { data, loading, error, refetch } = useQuery(MY_COUPLE);
  const couple = data?.myCouple;
  return (
    <Stack maw={640}>
      <Title order={1}>My exercises</Title>
      <EmptyState title="Nothing to do yet">
        Your counselor has not assigned any exercises. When they do, each one appears here with its
        due date.
      </EmptyState>
      {loading && <LoadingState label="Loading your couple…" />}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && !couple && (
        <Text c="dimmed">
          You are not part of a couple in Tandem yet. Your clinic sets this up with you.
        </Text>
      )}
      {couple && (
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {couple.name}
          </Title>
          <Text>
            Your partner: <strong>{couple.partner.displayName}</strong>
          </Text>
          <Text mt="sm" fw={600}>
            Your care team
          </Text>
          <List>
            {couple.careTeam.map((member) => (
              <List.Item key={member.counselorId}>
                <Group gap="xs">
                  {member.displayName}
                  {member.isPrimary && <Badge variant="light">Primary counselor</Badge>}
                </Group>
              </List.Item>
            ))}
          </List>
          <Text mt="sm" fw={600}>
            Confidentiality: {POLICY_TEXT[couple.confidentialityPolicy].label}
          </Text>
          <Text size="sm">{POLICY_TEXT[couple.confidentialityPolicy].explanation}</Text>
        </Card>
      )}
    </Stack>
  );
}
