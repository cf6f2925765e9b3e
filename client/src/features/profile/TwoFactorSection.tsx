import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Code,
  Group,
  Image,
  List,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../app/ErrorAlert';
import {
  CONFIRM_TOTP_ENROLMENT,
  DISABLE_TWO_FACTOR,
  START_TOTP_ENROLMENT,
  TWO_FACTOR_STATUS,
} from './graphql/two-factor';

const CODE_PROBLEM = 'Enter the 6-digit code from your authenticator app';

/**
 * A staff member's two-factor sign-in: set up an authenticator app (QR code or key, then a
 * first code), see the recovery codes once, or turn it off with a current code.
 */
export function TwoFactorSection() {
  const status = useQuery(TWO_FACTOR_STATUS);
  const [start, starting] = useMutation(START_TOTP_ENROLMENT);
  const [confirm, confirming] = useMutation(CONFIRM_TOTP_ENROLMENT);
  const [disable, disabling] = useMutation(DISABLE_TWO_FACTOR);
  const [code, setCode] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>();
  const [turnedOff, setTurnedOff] = useState(false);
  const enrolment = starting.data?.startTotpEnrolment;
  const enabled = status.data?.twoFactorStatus.enabled;
  const codeProblem = submitted && !/^\d{6}$/.test(code.trim()) ? CODE_PROBLEM : undefined;

  const submitConfirm = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!/^\d{6}$/.test(code.trim())) return;
    try {
      const result = await confirm({ variables: { input: { code: code.trim() } } });
      setRecoveryCodes(result.data?.confirmTotpEnrolment ?? []);
      setCode('');
      setSubmitted(false);
    } catch {
      // Shown from the mutation state.
    }
  };

  const submitDisable = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!/^\d{6}$/.test(code.trim())) return;
    try {
      await disable({ variables: { input: { code: code.trim() } } });
      setCode('');
      setSubmitted(false);
      setTurnedOff(true);
      starting.reset();
      await status.refetch();
    } catch {
      // Shown from the mutation state.
    }
  };

  const finish = async () => {
    setRecoveryCodes(undefined);
    starting.reset();
    await status.refetch();
  };

  return (
    <Stack component="section" aria-labelledby="two-factor-title">
      <Title order={2} size="h3" id="two-factor-title">
        Two-factor sign-in
      </Title>
      <ErrorAlert error={status.error} />
      {recoveryCodes ? (
        <Stack>
          <Alert color="green" role="status" title="Two-factor sign-in is on">
            From now on Tandem asks for a code from your app after your password.
          </Alert>
          <Text>
            Save these recovery codes somewhere safe, such as a password manager. Each works once,
            instead of a code from your app, if you lose your phone. They are shown only now.
          </Text>
          <Paper withBorder p="md">
            <List spacing={4} listStyleType="none" aria-label="Recovery codes">
              {recoveryCodes.map((each) => (
                <List.Item key={each}>
                  <Code fz="md">{each}</Code>
                </List.Item>
              ))}
            </List>
          </Paper>
          <Button w="fit-content" onClick={() => void finish()}>
            I have saved my recovery codes
          </Button>
        </Stack>
      ) : enabled ? (
        <form onSubmit={submitDisable} noValidate>
          <Stack>
            <Text>
              On: Tandem asks for a code from your authenticator app after your password.{' '}
              {status.data?.twoFactorStatus.recoveryCodesLeft} recovery codes left.
            </Text>
            <ErrorAlert error={disabling.error} />
            <AppCodeInput
              label="Code from your app, to turn it off"
              value={code}
              onChange={setCode}
              error={codeProblem}
            />
            <Button
              type="submit"
              color="red"
              variant="light"
              loading={disabling.loading}
              w="fit-content"
            >
              Turn off two-factor sign-in
            </Button>
          </Stack>
        </form>
      ) : enrolment ? (
        <form onSubmit={submitConfirm} noValidate>
          <Stack>
            <Text>
              1. Scan this QR code with an authenticator app (such as Google Authenticator,
              Microsoft Authenticator or 1Password).
            </Text>
            <Image
              src={enrolment.qrCode}
              alt="QR code for your authenticator app"
              w={200}
              h={200}
            />
            <Text>Or type this key into the app:</Text>
            <Code fz="md" data-testid="totp-secret" style={{ wordBreak: 'break-all' }}>
              {enrolment.secret}
            </Code>
            <Text>2. Enter the 6-digit code the app shows.</Text>
            <ErrorAlert error={confirming.error} />
            <AppCodeInput
              label="Code from your app"
              value={code}
              onChange={setCode}
              error={codeProblem}
            />
            <Group>
              <Button type="submit" loading={confirming.loading}>
                Turn on two-factor sign-in
              </Button>
              <Button variant="default" onClick={() => starting.reset()}>
                Cancel
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Stack>
          {turnedOff && (
            <Alert color="yellow" role="status">
              Two-factor sign-in is off. Your password alone signs you in.
            </Alert>
          )}
          <Text>
            Off. Add a code from an authenticator app on your phone to your password, so that a
            stolen password alone cannot open your clients' records.
          </Text>
          <ErrorAlert error={starting.error} />
          <Button
            w="fit-content"
            loading={starting.loading}
            disabled={status.loading}
            onClick={() => {
              setTurnedOff(false);
              void start().catch(() => undefined);
            }}
          >
            Set up an authenticator app
          </Button>
        </Stack>
      )}
    </Stack>
  );
}

/** A 6-digit code from the authenticator app. */
function AppCodeInput(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  return (
    <TextInput
      label={props.label}
      inputMode="numeric"
      autoComplete="one-time-code"
      value={props.value}
      onChange={(event) => props.onChange(event.currentTarget.value)}
      error={props.error}
      maw={240}
    />
  );
}
