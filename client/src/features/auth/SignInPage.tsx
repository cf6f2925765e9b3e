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
import { ErrorAlert } from '../../app/ErrorAlert';
import { destinationAfterSignIn } from '../../app/role-home';
import { usePageTitle } from '../../app/usePageTitle';
import { LOGIN, ME } from './graphql/session';

export function SignInPage() {
  usePageTitle('Sign in');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const client = useApolloClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const [login, { loading, error }] = useMutation(LOGIN);

  const emailProblem = touched && !email.trim() ? 'Enter your email address' : undefined;
  const passwordProblem = touched && !password ? 'Enter your password' : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!email.trim() || !password) return;
    try {
      const result = await login({ variables: { input: { email: email.trim(), password } } });
      const viewer = result.data?.login;
      if (!viewer) return;
      await client.clearStore();
      client.writeQuery({ query: ME, data: { me: viewer } });
      await navigate(destinationAfterSignIn(viewer.role, params.get('from')), { replace: true });
    } catch {
      // The error is shown from the mutation state below.
    }
  };

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
