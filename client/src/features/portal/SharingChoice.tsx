import { Radio, Stack } from '@mantine/core';
import type { Sharing } from '../../graphql/generated/graphql';

export const SHARING_LABELS: Record<Sharing, string> = {
  PRIVATE: 'Only me and my care team',
  PARTNER: 'My partner too',
  AFTER_BOTH: 'My partner, once they have submitted theirs',
};

/** Who may read one's own answers to an individual exercise besides the care team. */
export function SharingChoice(props: {
  value: Sharing;
  onChange: (sharing: Sharing) => void;
  disabled?: boolean;
  description?: string;
}) {
  return (
    <Radio.Group
      label="Who may see your answers?"
      description={props.description}
      value={props.value}
      onChange={(value) => props.onChange(value as Sharing)}
    >
      <Stack gap="xs" mt="xs">
        {(Object.keys(SHARING_LABELS) as Sharing[]).map((sharing) => (
          <Radio
            key={sharing}
            value={sharing}
            label={SHARING_LABELS[sharing]}
            disabled={props.disabled}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
