import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  Anchor,
  Button,
  Container,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { ViewerFieldsFragment } from '../../graphql/generated/graphql';
import { ErrorAlert } from '../../app/ErrorAlert';
import { destinationAfterSignIn } from '../../app/role-home';
import { usePageTitle } from '../../app/usePageTitle';
import { errorCode } from '../../app/errors';
import { COMPLETE_LOGIN, LOGIN, ME } from './graphql/session';

export function SignInPage() {
  usePageTitle('Sign in');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const client = useApolloClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const [login, { loading, error }] = useMutation(LOGIN);
  const [completeLogin, second] = useMutation(COMPLETE_LOGIN);
  const [code, setCode] = useState('');
  /** The password was right and the account has two-factor sign-in: the code comes next. */
  const needsCode = errorCode(error) === 'TWO_FACTOR_REQUIRED';

  const emailProblem = touched && !email.trim() ? 'Enter your email address' : undefined;
  const passwordProblem = touched && !password ? 'Enter your password' : undefined;

  const signedIn = async (viewer: ViewerFieldsFragment) => {
    await client.clearStore();
    client.writeQuery({ query: ME, data: { me: viewer } });
    await navigate(destinationAfterSignIn(viewer.role, params.get('from')), { replace: true });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!email.trim() || !password) return;
    try {
      const result = await login({ variables: { input: { email: email.trim(), password } } });
      if (result.data?.login) await signedIn(result.data.login);
    } catch {
      // The error (or the request for a code) is shown from the mutation state below.
    }
  };

  const submitCode = async (event: FormEvent) => {
    event.preventDefault();
    if (!code.trim()) return;
    try {
      const result = await completeLogin({ variables: { input: { code: code.trim() } } });
      if (result.data?.completeLogin) await signedIn(result.data.completeLogin);
    } catch {
      // Shown from the mutation state below.
    }
  };

  if (needsCode) {
    const expired = errorCode(second.error) === 'UNAUTHENTICATED';
    return (
      <Container size={420} py={64} component="main">
        <Title order={1} ta="center" mb="xs">
          Enter your code
        </Title>
        <Text c="dimmed" ta="center" mb="lg">
          Your password is right. Two-factor sign-in is on for your account.
        </Text>
        <Paper withBorder shadow="sm" p="lg" radius="md">
          <form onSubmit={submitCode} noValidate>
            <Stack>
              <ErrorAlert error={second.error} title="Could not sign in" />
              <TextInput
                label="Authentication code"
                description="The 6-digit code from your authenticator app, or one of your recovery codes."
                autoComplete="one-time-code"
                autoFocus
                value={code}
                onChange={(event) => setCode(event.currentTarget.value)}
                required
              />
              <Button type="submit" loading={second.loading} fullWidth disabled={expired}>
                Verify and sign in
              </Button>
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => window.location.reload()}
              >
                Start again
              </Anchor>
            </Stack>
          </form>
        </Paper>
      </Container>
    );
  }

  return (
    <Container size={420} py={64} component="main">
      <Title order={1} ta="center" mb="xs">
        Sign in to Tandem
      </Title>
      <Text c="dimmed" ta="center" mb="lg">
        For counselors, clients and clinic admins.
      </Text>
      <Paper withBorder shadow="sm" p="lg" radius="md">
        <form onSubmit={submit} noValidate>
          <Stack>
            <ErrorAlert error={error} title="Could not sign in" />
            <TextInput
              label="Email"
              type="email"
              autoComplete="username"
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={emailProblem}
              required
            />
            <PasswordInput
              label="Password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={passwordProblem}
              required
            />
            <Button type="submit" loading={loading} fullWidth>
              Sign in
            </Button>
            <Anchor component={Link} to="/forgot-password" ta="center" size="sm">
              Forgot password?
            </Anchor>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
