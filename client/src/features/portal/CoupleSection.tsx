import { Badge, Card, Group, List, Text, Title } from '@mantine/core';
import type { MyCoupleQuery } from '../../graphql/generated/graphql';
import { POLICY_TEXT } from '../couples/policy-text';

/** The couple, care team and confidentiality policy, compact below the exercises. */
export function CoupleSection({ couple }: { couple: NonNullable<MyCoupleQuery['myCouple']> }) {
  return (
    <Card withBorder padding="sm">
      <Title order={2} size="h5" mb={4}>
        {couple.name}
      </Title>
      <Text size="sm">
        Your partner: <strong>{couple.partner.displayName}</strong>
      </Text>
      <Text size="sm" mt="xs" fw={600}>
        Your care team
      </Text>
      <List size="sm">
        {couple.careTeam.map((member) => (
          <List.Item key={member.counselorId}>
            <Group gap="xs">
              {member.displayName}
              {member.isPrimary && (
                <Badge variant="light" size="sm">
                  Primary counselor
                </Badge>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
      <Text size="sm" mt="xs" fw={600}>
        Confidentiality: {POLICY_TEXT[couple.confidentialityPolicy].label}
      </Text>
      <Text size="sm">{POLICY_TEXT[couple.confidentialityPolicy].explanation}</Text>
    </Card>
  );
}
