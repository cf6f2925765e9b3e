import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../app/ErrorAlert';
import { errorMessage } from '../../app/errors';
import { LoadingState } from '../../app/PageStates';
import { ROLE_HOME } from '../../app/role-home';
import { ROLE_LABEL } from '../../app/roles';
import { usePageTitle } from '../../app/usePageTitle';
import { ME } from '../auth/graphql/session';
import { ACCEPT_INVITATION, INVITATION_PREVIEW } from './graphql/invitation';
import { NewPasswordFields, newPasswordIsValid } from '../../app/NewPasswordFields';

/** The page an invitation link opens: the token is in the URL fragment, never sent to a server log. */
export default function AcceptInvitationPage() {
  usePageTitle('Accept your invitation');
  const token = window.location.hash.replace(/^#/, '');
  const navigate = useNavigate();
  const client = useApolloClient();
  const preview = useQuery(INVITATION_PREVIEW, { variables: { token }, skip: !token });
  const [accept, accepting] = useMutation(ACCEPT_INVITATION);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [submitted, setSubmitted] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!newPasswordIsValid(password, repeat)) return;
    try {
      const result = await accept({ variables: { input: { token, password } } });
      const viewer = result.data?.acceptInvitation;
      if (!viewer) return;
      await client.clearStore();
      client.writeQuery({ query: ME, data: { me: viewer } });
      await navigate(ROLE_HOME[viewer.role], { replace: true });
    } catch {
      // Shown from the mutation state.
    }
  };

  const invitation = preview.data?.invitationPreview;
  return (
    <Container size={460} py={64} component="main">
      <Title order={1} mb="md">
        {invitation ? `Join ${invitation.clinicName}` : 'Accept your invitation'}
      </Title>
      {preview.loading && <LoadingState label="Checking your invitation…" />}
      {(!token || preview.error) && (
        <ErrorAlert title="This link cannot be used">
          <Text mb="sm">
            {token
              ? errorMessage(preview.error)
              : 'This address has no invitation in it. Open the full link you received.'}
          </Text>
          <Anchor component={Link} to="/sign-in">
            Go to sign in
          </Anchor>
        </ErrorAlert>
      )}
      {invitation && (
        <Paper withBorder p="lg">
          <Text mb="md">
            Welcome, <strong>{invitation.displayName}</strong>. You are invited as a{' '}
            {ROLE_LABEL[invitation.role].toLowerCase()} with the email address{' '}
            <strong>{invitation.email}</strong>. Choose a password to finish.
          </Text>
          <form onSubmit={submit} noValidate>
            <Stack>
              <ErrorAlert error={accepting.error} />
              <NewPasswordFields
                password={password}
                repeat={repeat}
                onPasswordChange={setPassword}
                onRepeatChange={setRepeat}
                showProblems={submitted}
                passwordLabel="Choose a password"
                repeatLabel="Repeat the password"
              />
              <Button type="submit" loading={accepting.loading}>
                Join and sign in
              </Button>
            </Stack>
          </form>
        </Paper>
      )}
    </Container>
  );
}
