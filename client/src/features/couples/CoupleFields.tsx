import { Checkbox, NativeSelect, Radio, Stack } from '@mantine/core';
import type { ConfidentialityPolicy } from '../../graphql/generated/graphql';
import { POLICY_TEXT } from './policy-text';

/** The confidentiality policy choice, each option with its explanation. */
export function PolicyField(props: {
  value: ConfidentialityPolicy;
  onChange: (policy: ConfidentialityPolicy) => void;
}) {
  return (
    <Radio.Group
      label="Confidentiality policy"
      value={props.value}
      onChange={(value) => props.onChange(value as ConfidentialityPolicy)}
      required
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
  );
}

/** The care team: one primary counselor and any others. */
export function CareTeamFields(props: {
  counselors: Array<{ id: string; displayName: string }>;
  primary: string;
  others: string[];
  onPrimaryChange: (id: string) => void;
  onOthersChange: (ids: string[]) => void;
}) {
  return (
    <>
      <NativeSelect
        label="Primary counselor"
        value={props.primary}
        onChange={(event) => props.onPrimaryChange(event.currentTarget.value)}
        data={[
          { value: '', label: 'Choose a counselor' },
          ...props.counselors.map((counselor) => ({
            value: counselor.id,
            label: counselor.displayName,
          })),
        ]}
        required
      />
      <Checkbox.Group
        label="Other counselors on the care team"
        value={props.others}
        onChange={props.onOthersChange}
      >
        <Stack gap={4} mt="xs">
          {props.counselors
            .filter((counselor) => counselor.id !== props.primary)
            .map((counselor) => (
              <Checkbox key={counselor.id} value={counselor.id} label={counselor.displayName} />
            ))}
        </Stack>
      </Checkbox.Group>
    </>
  );
}
