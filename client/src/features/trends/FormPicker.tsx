import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { FORM_CHOICE_LABELS, FORMS, type Form } from './trend-data';

/**
 * Which form the charts draw: full check-ins (the default) or pulses. A line never mixes the
 * two, because a one-item pulse score is far less reliable than a five-item one.
 */
export function FormPicker({ value, onChange }: { value: Form; onChange: (form: Form) => void }) {
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={labelId}>
        Scores from
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        value={value}
        onChange={(form) => onChange(form as Form)}
        data={FORMS.map((form) => ({ value: form, label: FORM_CHOICE_LABELS[form] }))}
      />
    </Stack>
  );
}
