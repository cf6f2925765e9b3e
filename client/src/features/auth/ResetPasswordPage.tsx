import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/ErrorAlert';
import { errorMessage } from '../../app/errors';
import { usePageTitle } from '../../app/usePageTitle';
import { NewPasswordFields, newPasswordIsValid } from '../../app/NewPasswordFields';
import { RESET_PASSWORD } from './graphql/password-reset';

/**
 * The page a reset link opens: the token is in the URL fragment, never sent to a server log.
 * On success every session of the account has ended, so the person signs in afresh.
 */
export default function ResetPasswordPage() {
  usePageTitle('Choose a new password');
  const token = window.location.hash.replace(/^#/, '');
  const [reset, { data, loading, error }] = useMutation(RESET_PASSWORD);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [submitted, setSubmitted] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!newPasswordIsValid(password, repeat)) return;
    try {
      await reset({ variables: { input: { token, password } } });
    } catch {
      // Shown from the mutation state.
    }
  };

  return (
    <Container size={460} py={64} component="main">
      <Title order={1} mb="md">
        Choose a new password
      </Title>
      {!token ? (
        <ErrorAlert title="This link cannot be used">
          <Text mb="sm">
            This address has no reset link in it. Open the full link you received, or ask for a new
            one.
          </Text>
          <Anchor component={Link} to="/forgot-password">
            Ask for a new link
          </Anchor>
        </ErrorAlert>
      ) : data?.resetPassword ? (
        <Alert color="teal" title="Your password was changed" role="status">
          <Text mb="sm">You are signed out everywhere. Sign in with your new password.</Text>
          <Button component={Link} to="/sign-in">
            Sign in
          </Button>
        </Alert>
      ) : (
        <Paper withBorder p="lg">
          <form onSubmit={submit} noValidate>
            <Stack>
              <ErrorAlert error={error} title="Could not change the password">
                {error && (
                  <>
                    <Text size="sm">{errorMessage(error)}</Text>
                    <Anchor component={Link} to="/forgot-password" size="sm">
                      Request a new link
                    </Anchor>
                  </>
                )}
              </ErrorAlert>
              <NewPasswordFields
                password={password}
                repeat={repeat}
                onPasswordChange={setPassword}
                onRepeatChange={setRepeat}
                showProblems={submitted}
                passwordLabel="New password"
                repeatLabel="Repeat the new password"
              />
              <Button type="submit" loading={loading}>
                Change password
              </Button>
            </Stack>
          </form>
        </Paper>
      )}
    </Container>
  );
}
