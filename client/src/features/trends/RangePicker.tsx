import { Group, NativeSelect, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId } from 'react';
import { quickRange, type QuickRange } from './trend-data';

export type RangeChoice = QuickRange | 'custom';

export interface RangeValue {
  choice: RangeChoice;
  from: string;
  to: string;
}

export function initialRange(choice: QuickRange = '12m'): RangeValue {
  return { choice, ...quickRange(choice) };
}

const CHOICES: Array<{ value: RangeChoice; label: string }> = [
  { value: '3m', label: '3 months' },
  { value: '6m', label: '6 months' },
  { value: '12m', label: '12 months' },
  { value: 'all', label: 'All' },
  { value: 'custom', label: 'Dates' },
];

/** Which check-ins to show: a quick range ending today, or any from/to dates. */
export function RangePicker({
  value,
  onChange,
  error,
}: {
  value: RangeValue;
  onChange: (value: RangeValue) => void;
  error?: string | null;
}) {
  const labelId = useId();
  // Five choices side by side are wider than a phone: there they are a select.
  const phone =
    useMediaQuery('(max-width: 36em)', undefined, { getInitialValueInEffect: false }) ?? false;
  const choose = (choice: string) => {
    const next = choice as RangeChoice;
    onChange(
      next === 'custom' ? { ...value, choice: next } : { choice: next, ...quickRange(next) },
    );
  };
  return (
    <Stack gap={6} w={phone ? '100%' : undefined}>
      <Group gap="md" align="flex-end" wrap="wrap">
        {phone ? (
          <NativeSelect
            label="Time range"
            data={CHOICES}
            value={value.choice}
            onChange={(event) => choose(event.currentTarget.value)}
            w="100%"
          />
        ) : (
          <Stack gap={4}>
            <Text size="sm" fw={500} id={labelId}>
              Time range
            </Text>
            <SegmentedControl
              aria-labelledby={labelId}
              value={value.choice}
              onChange={choose}
              data={CHOICES}
            />
          </Stack>
        )}
        <TextInput
          type="date"
          label="From"
          value={value.from}
          max={value.to || undefined}
          onChange={(event) =>
            onChange({ ...value, choice: 'custom', from: event.currentTarget.value })
          }
          w={phone ? 'calc(50% - 8px)' : 160}
        />
        <TextInput
          type="date"
          label="To"
          value={value.to}
          min={value.from || undefined}
          onChange={(event) =>
            onChange({ ...value, choice: 'custom', to: event.currentTarget.value })
          }
          w={phone ? 'calc(50% - 8px)' : 160}
        />
      </Group>
      {error && (
        <Text size="sm" c="red.8" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

/** A problem with the dates, or null when they can be asked for. */
export function rangeProblem({ from, to }: RangeValue): string | null {
  if (from && to && from > to) return 'The start date must be on or before the end date.';
  return null;
}
