import { useMutation } from '@apollo/client/react';
import { Alert, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../app/ErrorAlert';
import { usePageTitle } from '../../app/usePageTitle';
import { useSession } from '../auth/useSession';
import { NewPasswordFields, newPasswordIsValid } from '../../app/NewPasswordFields';
import { CHANGE_PASSWORD } from './graphql/profile';
import { TwoFactorSection } from './TwoFactorSection';

export default function ProfilePage() {
  usePageTitle('My profile');
  const { viewer } = useSession();
  const [change, { loading, error }] = useMutation(CHANGE_PASSWORD);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setDone(false);
    if (!current || !newPasswordIsValid(next, repeat)) return;
    try {
      await change({ variables: { input: { currentPassword: current, newPassword: next } } });
      setDone(true);
      setCurrent('');
      setNext('');
      setRepeat('');
      setSubmitted(false);
    } catch {
      // Shown from the mutation state.
    }
  };

  return (
    <Stack maw={520}>
      <Title order={1}>My profile</Title>
      {viewer && (
        <Paper withBorder p="md">
          <Text>
            <strong>{viewer.displayName}</strong>
          </Text>
          <Text c="dimmed">{viewer.email}</Text>
          <Text c="dimmed">{viewer.clinic.name}</Text>
        </Paper>
      )}
      <Title order={2} size="h3">
        Change your password
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          {done && (
            <Alert color="green" role="status">
              Your password is changed. Tandem signed you out everywhere else.
            </Alert>
          )}
          <ErrorAlert error={error} />
          <PasswordInput
            label="Current password"
            autoComplete="current-password"
            value={current}
            onChange={(event) => setCurrent(event.currentTarget.value)}
            error={submitted && !current && 'Enter your current password'}
            required
          />
          <NewPasswordFields
            password={next}
            repeat={repeat}
            onPasswordChange={setNext}
            onRepeatChange={setRepeat}
            showProblems={submitted}
            passwordLabel="New password"
            repeatLabel="Repeat the new password"
            description="At least 12 characters."
          />
          <Button type="submit" loading={loading} w="fit-content">
            Change password
          </Button>
        </Stack>
      </form>
      {viewer && viewer.role !== 'CLIENT' && <TwoFactorSection />}
    </Stack>
  );
}
