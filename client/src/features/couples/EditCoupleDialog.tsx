import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Radio,
  Stack,
  TextInput,
} from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { errorMessage } from '../../app/errors';
import type { ConfidentialityPolicy, CoupleFieldsFragment } from '../../graphql/generated/graphql';
import { COUNSELORS, SET_CARE_TEAM, UPDATE_COUPLE } from './graphql/couples';
import { POLICY_TEXT } from './policy-text';

/** Name, confidentiality policy and care team of a couple, for its clinic admin. */
export function EditCoupleDialog({
  couple,
  opened,
  onClose,
}: {
  couple: CoupleFieldsFragment;
  opened: boolean;
  onClose: () => void;
}) {
  const counselors = useQuery(COUNSELORS, { skip: !opened });
  const [update, updating] = useMutation(UPDATE_COUPLE);
  const [setCareTeam, settingTeam] = useMutation(SET_CARE_TEAM);
  const [name, setName] = useState(couple.name);
  const [policy, setPolicy] = useState<ConfidentialityPolicy>(couple.confidentialityPolicy);
  const [primary, setPrimary] = useState('');
  const [others, setOthers] = useState<string[]>([]);

  useEffect(() => {
    if (!opened) return;
    setName(couple.name);
    setPolicy(couple.confidentialityPolicy);
    setPrimary(couple.careTeam.find((member) => member.isPrimary)?.counselorId ?? '');
    setOthers(
      couple.careTeam.filter((member) => !member.isPrimary).map((member) => member.counselorId),
    );
  }, [opened, couple]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      if (name !== couple.name || policy !== couple.confidentialityPolicy) {
        await update({
          variables: {
            input: { id: couple.id, name, confidentialityPolicy: policy, version: couple.version },
          },
        });
      }
      await setCareTeam({
        variables: {
          coupleId: couple.id,
          careTeam: {
            primaryCounselorId: primary,
            otherCounselorIds: others.filter((id) => id !== primary),
          },
        },
      });
      onClose();
    } catch {
      // Shown from the mutation state.
    }
  };

  const error = updating.error ?? settingTeam.error;
  const list = counselors.data?.accounts.items ?? [];
  return (
    <Modal opened={opened} onClose={onClose} title="Edit couple" size="lg">
      <form onSubmit={submit}>
        <Stack>
          {error && (
            <Alert color="red" role="alert">
              {errorMessage(error)}
            </Alert>
          )}
          <TextInput
            label="Couple name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
          />
          <Radio.Group
            label="Confidentiality policy"
            value={policy}
            onChange={(v) => setPolicy(v as ConfidentialityPolicy)}
          >
            <Stack gap="xs" mt="xs">
              {(Object.keys(POLICY_TEXT) as ConfidentialityPolicy[]).map((key) => (
                <Radio
                  key={key}
                  value={key}
                  label={POLICY_TEXT[key].label}
                  description={POLICY_TEXT[key].explanation}
                />
              ))}
            </Stack>
          </Radio.Group>
          <NativeSelect
            label="Primary counselor"
            value={primary}
            onChange={(e) => setPrimary(e.currentTarget.value)}
            data={[
              { value: '', label: 'Choose a counselor' },
              ...list.map((c) => ({ value: c.id, label: c.displayName })),
            ]}
            required
          />
          <Checkbox.Group
            label="Other counselors on the care team"
            value={others}
            onChange={setOthers}
          >
            <Stack gap={4} mt="xs">
              {list
                .filter((c) => c.id !== primary)
                .map((c) => (
                  <Checkbox key={c.id} value={c.id} label={c.displayName} />
                ))}
            </Stack>
          </Checkbox.Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={updating.loading || settingTeam.loading}
              disabled={!primary}
            >
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
