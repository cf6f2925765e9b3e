import { NativeSelect, SimpleGrid, Switch, TextInput } from '@mantine/core';
import {
  BUILDING_STEP_LABELS,
  BuildingStep,
  Dimension,
  DIMENSION_LABELS,
  ExerciseMode,
  LIMITS,
} from '@tandem/shared';
import type { ExerciseSource } from '../../graphql/generated/graphql';
import type { LibraryFilters as Filters } from './library-filters';

const any = (label: string) => ({ value: '', label });

const STEPS = [
  any('Any step'),
  ...Object.values(BuildingStep).map((step) => ({
    value: step,
    label: BUILDING_STEP_LABELS[step],
  })),
];
const DIMENSIONS = [
  any('Any dimension'),
  ...Object.values(Dimension).map((d) => ({ value: d, label: DIMENSION_LABELS[d] })),
];
const MODES = [
  any('Either'),
  { value: ExerciseMode.INDIVIDUAL, label: 'On your own' },
  { value: ExerciseMode.JOINT, label: 'Together' },
];
const LENGTHS = [
  any('Any length'),
  ...[10, 15, 20, 30, 45, 60].map((minutes) => ({
    value: String(minutes),
    label: `Up to ${minutes} min`,
  })),
];
const SOURCES = [
  any('Built-in and clinic'),
  { value: 'BUILT_IN', label: 'Built-in' },
  { value: 'CLINIC', label: 'Our clinic' },
];

export function LibraryFilters(props: {
  filters: Filters;
  onChange: (change: Partial<Filters>) => void;
}) {
  const { filters, onChange } = props;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" verticalSpacing="sm">
      <TextInput
        label="Search"
        placeholder="Words in the title or text"
        type="search"
        maxLength={LIMITS.exerciseSearchMaxLength}
        value={filters.search}
        onChange={(event) => onChange({ search: event.currentTarget.value })}
      />
      <NativeSelect
        label="Building step"
        data={STEPS}
        value={filters.buildingStep}
        onChange={(event) =>
          onChange({ buildingStep: event.currentTarget.value as Filters['buildingStep'] })
        }
      />
      <NativeSelect
        label="Dimension"
        data={DIMENSIONS}
        value={filters.dimension}
        onChange={(event) =>
          onChange({ dimension: event.currentTarget.value as Filters['dimension'] })
        }
      />
      <NativeSelect
        label="Who answers"
        data={MODES}
        value={filters.mode}
        onChange={(event) => onChange({ mode: event.currentTarget.value as Filters['mode'] })}
      />
      <NativeSelect
        label="Length"
        data={LENGTHS}
        value={filters.maxMinutes ? String(filters.maxMinutes) : ''}
        onChange={(event) => onChange({ maxMinutes: Number(event.currentTarget.value) || null })}
      />
      <NativeSelect
        label="Source"
        data={SOURCES}
        value={filters.source}
        onChange={(event) => onChange({ source: event.currentTarget.value as ExerciseSource | '' })}
      />
      <Switch
        label="Show archived exercises"
        checked={filters.archived}
        onChange={(event) => onChange({ archived: event.currentTarget.checked })}
        mt={{ base: 0, xs: 30 }}
      />
    </SimpleGrid>
  );
}
