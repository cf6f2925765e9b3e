import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { errorMessage } from '../../app/errors';
import type { ConfidentialityPolicy, CoupleFieldsFragment } from '../../graphql/generated/graphql';
import { COUNSELORS, SET_CARE_TEAM, UPDATE_COUPLE } from './graphql/couples';
import { CareTeamFields, PolicyField } from './CoupleFields';

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

  const error = updating.error ?? settingTeam.error ?? counselors.error;
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
          <PolicyField value={policy} onChange={setPolicy} />
          <CareTeamFields
            counselors={list}
            primary={primary}
            others={others}
            onPrimaryChange={setPrimary}
            onOthersChange={setOthers}
          />
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
