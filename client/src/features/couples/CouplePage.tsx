import { useMutation, useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { ErrorAlert } from '../../app/ErrorAlert';
import { errorCode } from '../../app/errors';
import { ErrorState, LoadingState } from '../../app/PageStates';
import { usePageTitle } from '../../app/usePageTitle';
import { useSession } from '../auth/useSession';
import { CheckinsSection } from '../checkins/CheckinsSection';
import { ReportNotes } from '../notes/ReportNotes';
import { TimelineSection } from '../notes/TimelineSection';
import { ProgressSection } from '../trends/ProgressSection';
import { SafetyAlertBanner } from '../safety/SafetyAlertBanner';
import { AssignmentsSection } from './assignments/AssignmentsSection';
import { EditCoupleDialog } from './EditCoupleDialog';
import { COUPLE, DISCHARGE_COUPLE, REOPEN_COUPLE } from './graphql/couples';
import { POLICY_TEXT } from './policy-text';
import { useCoupleActivity } from './useCoupleActivity';

const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

export default function CouplePage() {
  const { id = '' } = useParams();
  const { viewer } = useSession();
  const { data, loading, error, refetch } = useQuery(COUPLE, { variables: { id } });
  const [discharge, discharging] = useMutation(DISCHARGE_COUPLE);
  const [reopen, reopening] = useMutation(REOPEN_COUPLE);
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);
  const couple = data?.couple;
  // The couple's live activity is for the counselors who work with it (the server allows no one else).
  const { live } = useCoupleActivity(id, couple?.viewerCan.assign ?? false);
  usePageTitle(couple?.name ?? 'Couple');
  const back = viewer?.role === 'ADMIN' ? '/admin/couples' : '/caseload';

  if (loading && !couple) return <LoadingState label="Loading the couple…" />;
  if (errorCode(error) === 'NOT_FOUND' || errorCode(error) === 'BAD_USER_INPUT') {
    return (
      <Stack>
        <Title order={1}>Couple not found</Title>
        <Text>This couple was not found, or you do not have access to it.</Text>
        <Anchor component={Link} to={back}>
          Back to your couples
        </Anchor>
      </Stack>
    );
  }
  if (error || !couple) return <ErrorState error={error} onRetry={() => void refetch()} />;

  const actionError = discharging.error ?? reopening.error;
  // What this viewer may do here is the server's decision (an admin reads session notes only
  // as a member of the care team, for example); the page offers exactly that.
  const can = couple.viewerCan;
  return (
    <Stack maw={900}>
      <Group justify="space-between">
        <Stack gap={0}>
          <Title order={1}>{couple.name}</Title>
          <Text c="dimmed">In care since {date.format(new Date(couple.inCareSince))}</Text>
        </Stack>
        <Badge size="lg" color={couple.status === 'ACTIVE' ? 'green.9' : 'gray.8'}>
          {couple.status === 'ACTIVE' ? 'in care' : 'discharged'}
        </Badge>
      </Group>
      {can.handleSafetyAlerts && <SafetyAlertBanner coupleId={couple.id} />}
      <ErrorAlert error={actionError} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            Partners
          </Title>
          <List>
            {couple.partners.map((partner) => (
              <List.Item key={partner.id}>{partner.displayName}</List.Item>
            ))}
          </List>
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            Care team
          </Title>
          <List>
            {couple.careTeam.map((member) => (
              <List.Item key={member.counselorId}>
                {member.displayName} {member.isPrimary && <Badge variant="light">Primary</Badge>}
              </List.Item>
            ))}
          </List>
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            Confidentiality
          </Title>
          <Text fw={600}>{POLICY_TEXT[couple.confidentialityPolicy].label}</Text>
          <Text size="sm">{POLICY_TEXT[couple.confidentialityPolicy].explanation}</Text>
        </Card>
      </SimpleGrid>
      {can.manage && (
        <Group>
          <Button variant="default" onClick={() => setEditing(true)}>
            Edit couple and care team
          </Button>
          {couple.status === 'ACTIVE' ? (
            <Button variant="default" color="red" onClick={() => setConfirming(true)}>
              Discharge couple
            </Button>
          ) : (
            <Button
              variant="default"
              loading={reopening.loading}
              onClick={() => void reopen({ variables: { id } }).catch(() => undefined)}
            >
              Reopen care
            </Button>
          )}
        </Group>
      )}
      {can.assign && (
        <AssignmentsSection
          coupleId={couple.id}
          partners={couple.partners}
          active={couple.status === 'ACTIVE'}
          live={live}
        />
      )}
      {can.assign && (
        <>
          <CheckinsSection coupleId={couple.id} active={couple.status === 'ACTIVE'} />
          <ProgressSection
            coupleId={couple.id}
            coupleName={couple.name}
            reportExtra={can.readSessionNotes ? <ReportNotes coupleId={couple.id} /> : null}
          />
        </>
      )}
      {can.readSessionNotes && <TimelineSection coupleId={couple.id} />}
      {can.manage && (
        <EditCoupleDialog couple={couple} opened={editing} onClose={() => setEditing(false)} />
      )}
      <ConfirmDialog
        opened={confirming}
        title={`Discharge ${couple.name}?`}
        confirmLabel="Discharge"
        loading={discharging.loading}
        onClose={() => setConfirming(false)}
        onConfirm={async () => {
          await discharge({ variables: { id } }).catch(() => undefined);
          setConfirming(false);
        }}
      >
        Care ends and both partners become free to join another couple. Their history stays, and you
        can reopen care later.
      </ConfirmDialog>
    </Stack>
  );
}
