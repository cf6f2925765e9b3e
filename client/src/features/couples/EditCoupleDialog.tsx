import { useMutation, useQuery } from '@apollo/client/react';
import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { DialogForm, FormDialog } from '../../app/FormDialog';
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
  return (
    <FormDialog opened={opened} onClose={onClose} title="Edit couple" size="lg">
      <EditCoupleForm couple={couple} onClose={onClose} />
    </FormDialog>
  );
}

/** Starts from the couple as it is when the dialog opens. */
function EditCoupleForm({
  couple,
  onClose,
}: {
  couple: CoupleFieldsFragment;
  onClose: () => void;
}) {
  const counselors = useQuery(COUNSELORS);
  const [update, updating] = useMutation(UPDATE_COUPLE);
  const [setCareTeam, settingTeam] = useMutation(SET_CARE_TEAM);
  const [name, setName] = useState(couple.name);
  const [policy, setPolicy] = useState<ConfidentialityPolicy>(couple.confidentialityPolicy);
  const [primary, setPrimary] = useState(
    () => couple.careTeam.find((member) => member.isPrimary)?.counselorId ?? '',
  );
  const [others, setOthers] = useState(() =>
    couple.careTeam.filter((member) => !member.isPrimary).map((member) => member.counselorId),
  );

  const save = async () => {
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
  };

  return (
    <DialogForm
      onSubmit={save}
      onCancel={onClose}
      submitLabel="Save"
      saving={updating.loading || settingTeam.loading}
      ready={primary !== ''}
      error={updating.error ?? settingTeam.error ?? counselors.error}
    >
      <TextInput
        label="Couple name"
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        required
      />
      <PolicyField value={policy} onChange={setPolicy} />
      <CareTeamFields
        counselors={counselors.data?.accounts.items ?? []}
        primary={primary}
        others={others}
        onPrimaryChange={setPrimary}
        onOthersChange={setOthers}
      />
    </DialogForm>
  );
}
