import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorCode } from '../../app/errors';
import { ErrorState, LoadingState } from '../../app/PageStates';
import { usePageTitle } from '../../app/usePageTitle';
import { dayInWords, dueInWords } from '../portal/day-words';
import { MY_COUPLE } from '../portal/graphql/my-couple';
import { CheckinForm, type CheckinDetail } from './CheckinForm';
import { FORM_TEXT } from './checkin-words';
import { MY_CHECKIN } from './graphql/checkins';

/** `/checkins/:id`: one check-in to take, or a thank-you once it is in. */
export default function CheckinPage() {
  const { id = '' } = useParams();
  // From the server each time: the draft may have moved on on another device.
  const { data, loading, error, refetch } = useQuery(MY_CHECKIN, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const [justSubmitted, setJustSubmitted] = useState(false);
  const checkin = data?.myCheckin;
  usePageTitle(checkin ? FORM_TEXT[checkin.form].name : 'Check-in');

  if (loading && !checkin) return <LoadingState label="Loading the check-in…" />;
  if (errorCode(error) === 'NOT_FOUND' || errorCode(error) === 'BAD_USER_INPUT') {
    return <NotFound />;
  }
  if (error || !checkin) return <ErrorState error={error} onRetry={() => void refetch()} />;

  const name = FORM_TEXT[checkin.form].name;
  return (
    <Stack maw={720} gap="lg">
      <Anchor component={Link} to="/exercises">
        Back to my exercises
      </Anchor>
      {checkin.status === 'SUBMITTED' ? (
        <Submitted checkin={checkin} justNow={justSubmitted} />
      ) : (
        <>
          <Stack gap={6}>
            <Title order={1}>{name}</Title>
            <Group gap="xs">
              {checkin.status === 'OVERDUE' && (
                <Badge color="red.8" variant="filled">
                  Overdue
                </Badge>
              )}
              <Text>
                <Text span fw={600}>
                  {dueInWords(checkin.dueAt)}
                </Text>{' '}
                · {checkin.items.length + checkin.safetyItems.length} statements ·{' '}
                {FORM_TEXT[checkin.form].minutes}
              </Text>
            </Group>
          </Stack>
          {checkin.status === 'CLOSED' ? (
            <Alert color="gray" title="This check-in is closed">
              Your counselor stopped these check-ins, so this one takes no answers now.
            </Alert>
          ) : (
            <>
              <Instructions />
              <CheckinForm
                key={checkin.id}
                checkin={checkin}
                onChanged={() => void refetch()}
                onSubmitted={() => setJustSubmitted(true)}
              />
            </>
          )}
        </>
      )}
    </Stack>
  );
}

function Instructions() {
  const couple = useQuery(MY_COUPLE);
  const myCouple = couple.data?.myCouple;
  return (
    <Paper withBorder p="md" bg="gray.0">
      <Stack gap={6}>
        <Text>
          How much do you agree with each statement about you and your relationship right now? Go
          with your first answer; there are no right or wrong ones.
        </Text>
        <Text size="sm" fw={600}>
          Only you and your care team see your answers.
        </Text>
        {myCouple?.shareScores && (
          <Text size="sm">
            Your counselor shares scores between you and {myCouple.partner.displayName}: they see
            your scores, never your answers.
          </Text>
        )}
        <Text size="sm" c="gray.7">
          Your answers save as you go, so you can stop and come back.
        </Text>
      </Stack>
    </Paper>
  );
}

function Submitted({ checkin, justNow }: { checkin: CheckinDetail; justNow: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (justNow) heading.current?.focus();
  }, [justNow]);
  const when = checkin.submittedAt ? dayInWords(new Date(checkin.submittedAt)) : null;
  return (
    <Stack gap="md">
      <Title order={1} ref={heading} tabIndex={-1}>
        {justNow ? 'Thank you!' : `${FORM_TEXT[checkin.form].name} taken`}
      </Title>
      <Text>
        {justNow ? 'Your check-in is in. ' : when ? `You took this check-in ${when}. ` : ''}
        Your scores now show on your progress page. Only you and your care team see your answers.
      </Text>
      <Group>
        <Button component={Link} to="/progress">
          See my progress
        </Button>
        <Button component={Link} to="/exercises" variant="default">
          Back to my exercises
        </Button>
      </Group>
    </Stack>
  );
}

function NotFound() {
  return (
    <Stack>
      <Title order={1}>Check-in not found</Title>
      <Text>
        This check-in was not found. A check-in opens three days before it is due; it may not be
        open yet.
      </Text>
      <Anchor component={Link} to="/exercises">
        Back to my exercises
      </Anchor>
    </Stack>
  );
}
