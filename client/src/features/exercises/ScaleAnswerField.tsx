import { Box, Group, Radio, Text } from '@mantine/core';
import type { AnswerFieldProps } from './answer-field';
import { ClearAnswerButton } from './ClearAnswerButton';

/**
 * A scale as a row of numbered radio cards rather than a slider: a slider always has a
 * value, so "not answered yet" and "answered the lowest" would look the same. Arrow keys
 * move and choose (Mantine's radio cards), and only one card is in the tab order.
 */
export function ScaleAnswerField({ prompt, answer, onChange, error }: AnswerFieldProps) {
  const min = prompt.min ?? 0;
  const max = prompt.max ?? 10;
  const values = Array.from({ length: Math.max(0, max - min + 1) }, (_, index) => min + index);
  const current = answer?.value ?? null;
  return (
    <div>
      <Radio.Group
        label={prompt.label}
        description={prompt.help}
        required={prompt.required}
        error={error}
        value={current === null ? '' : String(current)}
        onChange={(value) => onChange({ promptKey: prompt.key, value: Number(value) })}
      >
        <Box
          mt="xs"
          style={{
            display: 'grid',
            gridTemplateColumns: `repeat(${values.length}, minmax(0, 1fr))`,
            gap: 4,
          }}
        >
          {values.map((value) => {
            const checked = value === current;
            const end = value === min ? prompt.minLabel : value === max ? prompt.maxLabel : '';
            return (
              <Radio.Card
                key={value}
                value={String(value)}
                tabIndex={checked || (current === null && value === min) ? 0 : -1}
                radius="sm"
                py={8}
                ta="center"
                fw={600}
                bg={checked ? 'indigo.8' : undefined}
                c={checked ? 'white' : undefined}
                aria-label={end ? `${value}, ${end}` : undefined}
              >
                {value}
              </Radio.Card>
            );
          })}
        </Box>
        {/* The ends are already in the first and last cards' names. */}
        <Group justify="space-between" wrap="nowrap" gap="md" mt={4} aria-hidden>
          <Text size="sm">{prompt.minLabel}</Text>
          <Text size="sm" ta="right">
            {prompt.maxLabel}
          </Text>
        </Group>
      </Radio.Group>
      {/* Outside the group: a radio group holds radios only. */}
      {!prompt.required && current !== null && (
        <ClearAnswerButton prompt={prompt} onClear={() => onChange({ promptKey: prompt.key })} />
      )}
    </div>
  );
}
