import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, NativeSelect, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { DialogForm, FormDialog } from '../../app/FormDialog';
import { ErrorState, LoadingState } from '../../app/PageStates';
import type { ConfidentialityPolicy } from '../../graphql/generated/graphql';
import { COUPLE_CANDIDATES, COUPLES, CREATE_COUPLE } from './graphql/couples';
import { CareTeamFields, PolicyField } from './CoupleFields';

export function FormCoupleDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const candidates = useQuery(COUPLE_CANDIDATES, { skip: !opened, fetchPolicy: 'network-only' });
  const [create, { loading, error }] = useMutation(CREATE_COUPLE, { refetchQueries: [COUPLES] });
  const [name, setName] = useState('');
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [policy, setPolicy] = useState<ConfidentialityPolicy>('NO_SECRETS');
  const [primary, setPrimary] = useState('');
  const [others, setOthers] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  const clients = candidates.data?.clients.items ?? [];
  const counselors = candidates.data?.counselors.items ?? [];
  const clientOptions = [
    { value: '', label: 'Choose a client' },
    ...clients.map((c) => ({ value: c.id, label: `${c.displayName} (${c.email})` })),
  ];

  const submit = async () => {
    if (!first || !second || first === second) return setProblem('Choose two different clients.');
    if (!primary) return setProblem('Choose the primary counselor.');
    setProblem(null);
    const result = await create({
      variables: {
        input: {
          name,
          partnerIds: [first, second],
          confidentialityPolicy: policy,
          careTeam: {
            primaryCounselorId: primary,
            otherCounselorIds: others.filter((id) => id !== primary),
          },
        },
      },
    });
    onClose();
    if (result.data) await navigate(`/couples/${result.data.createCouple.id}`);
  };

  return (
    <FormDialog opened={opened} onClose={onClose} title="Form a couple" size="lg">
      {candidates.loading && <LoadingState />}
      {candidates.error && (
        <ErrorState error={candidates.error} onRetry={() => void candidates.refetch()} />
      )}
      {candidates.data && clients.length < 2 && (
        <Alert color="yellow" role="status">
          A couple needs two active clients who are not already in a couple. Invite clients first.
        </Alert>
      )}
      {candidates.data && clients.length >= 2 && (
        <DialogForm
          onSubmit={submit}
          onCancel={onClose}
          submitLabel="Form couple"
          saving={loading}
          error={error}
          problem={problem}
        >
          <TextInput
            label="Couple name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
          />
          <NativeSelect
            label="First partner"
            value={first}
            onChange={(e) => setFirst(e.currentTarget.value)}
            data={clientOptions}
            required
          />
          <NativeSelect
            label="Second partner"
            value={second}
            onChange={(e) => setSecond(e.currentTarget.value)}
            data={clientOptions}
            required
          />
          <PolicyField value={policy} onChange={setPolicy} />
          <CareTeamFields
            counselors={counselors}
            primary={primary}
            others={others}
            onPrimaryChange={setPrimary}
            onOthersChange={setOthers}
          />
          <Text size="sm" c="dimmed">
            Both partners can read the confidentiality policy.
          </Text>
        </DialogForm>
      )}
    </FormDialog>
  );
}
