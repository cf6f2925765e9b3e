import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Container,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/ErrorAlert';
import { usePageTitle } from '../../app/usePageTitle';
import { REQUEST_PASSWORD_RESET } from './graphql/password-reset';

/**
 * Asks for a password reset link. The server answers the same words whether or not the
 * address has an account, and the page shows exactly those words.
 */
export default function ForgotPasswordPage() {
  usePageTitle('Forgot password');
  const [email, setEmail] = useState('');
  const [touched, setTouched] = useState(false);
  const [request, { data, loading, error }] = useMutation(REQUEST_PASSWORD_RESET);
  const emailProblem = touched && !email.trim() ? 'Enter your email address' : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!email.trim()) return;
    try {
      await request({ variables: { input: { email: email.trim() } } });
    } catch {
      // Shown from the mutation state.
    }
  };

  const answer = data?.requestPasswordReset;
  return (
    <Container size={420} py={64} component="main">
      <Title order={1} ta="center" mb="xs">
        Forgot your password?
      </Title>
      <Text c="dimmed" ta="center" mb="lg">
        Enter the email address you sign in with. We will email you a link to choose a new password.
      </Text>
      <Paper withBorder shadow="sm" p="lg" radius="md">
        {answer ? (
          <Stack>
            <Alert color="teal" title="Check your email" role="status">
              {answer}
            </Alert>
            <Anchor component={Link} to="/sign-in">
              Back to sign in
            </Anchor>
          </Stack>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack>
              <ErrorAlert error={error} title="Could not send a link" />
              <TextInput
                label="Email"
                type="email"
                autoComplete="username"
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                error={emailProblem}
                required
              />
              <Button type="submit" loading={loading} fullWidth>
                Email me a link
              </Button>
              <Anchor component={Link} to="/sign-in" ta="center" size="sm">
                Back to sign in
              </Anchor>
            </Stack>
          </form>
        )}
      </Paper>
    </Container>
  );
}
