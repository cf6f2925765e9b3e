import { Group, Radio, SimpleGrid, Text } from '@mantine/core';
import { memo } from 'react';
import type { CheckinDetailFieldsFragment } from '../../graphql/generated/graphql';

/** A statement to rate: a scored item or a safety one. */
export type CheckinStatement = Pick<CheckinDetailFieldsFragment['items'][number], 'key' | 'text'>;
export type CheckinScale = CheckinDetailFieldsFragment['scale'];

/**
 * One statement as a group of radio cards, one per point of the agreement scale, each with its
 * label in words. A card is a large touch target; the arrow keys move along the group and choose
 * (Mantine's radio cards), and only one card is in the tab order.
 */
export const CheckinItemField = memo(function CheckinItemField({
  item,
  number,
  total,
  scale,
  value,
  onChange,
}: {
  item: CheckinStatement;
  number: number;
  total: number;
  scale: CheckinScale;
  value: number | undefined;
  onChange: (itemKey: string, value: number) => void;
}) {
  const values = Array.from({ length: scale.max - scale.min + 1 }, (_, index) => scale.min + index);
  return (
    <div data-item-key={item.key}>
      <Text size="xs" c="gray.7" aria-hidden mb={2}>
        {number} of {total}
      </Text>
      <Radio.Group
        label={item.text}
        value={value === undefined ? '' : String(value)}
        onChange={(next) => onChange(item.key, Number(next))}
        styles={{ label: { fontSize: 'var(--mantine-font-size-md)', fontWeight: 600 } }}
      >
        <SimpleGrid cols={{ base: 1, sm: values.length }} spacing={6} mt={8}>
          {values.map((point, index) => {
            const checked = point === value;
            return (
              <Radio.Card
                key={point}
                value={String(point)}
                radius="md"
                p="sm"
                mih={48}
                tabIndex={checked || (value === undefined && index === 0) ? 0 : -1}
                bg={checked ? 'indigo.0' : undefined}
                style={checked ? { borderColor: 'var(--mantine-color-indigo-8)' } : undefined}
              >
                <Group wrap="nowrap" gap="sm" align="center">
                  <Radio.Indicator />
                  <Text size="sm" fw={checked ? 600 : 400}>
                    {scale.labels[index] ?? String(point)}
                  </Text>
                </Group>
              </Radio.Card>
            );
          })}
        </SimpleGrid>
      </Radio.Group>
    </div>
  );
});
