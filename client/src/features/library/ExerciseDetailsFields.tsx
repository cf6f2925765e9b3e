import { Group, NativeSelect, NumberInput, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import {
  BUILDING_STEP_LABELS,
  BuildingStep,
  Dimension,
  DIMENSION_LABELS,
  ExerciseMode,
  LIMITS,
} from '@tandem/shared';
import type { ExerciseDraft } from './editor-draft';

const STEP_OPTIONS = [
  { value: '', label: 'Choose a building step' },
  ...Object.values(BuildingStep).map((step) => ({
    value: step,
    label: BUILDING_STEP_LABELS[step],
  })),
];

const DIMENSION_OPTIONS = [
  { value: '', label: 'Choose a dimension' },
  ...Object.values(Dimension).map((d) => ({ value: d, label: DIMENSION_LABELS[d] })),
];

/** Everything about an exercise except its questions. */
export function ExerciseDetailsFields(props: {
  draft: ExerciseDraft;
  onChange: (patch: Partial<ExerciseDraft>) => void;
  problemAt: (path: string) => string | undefined;
}) {
  const { draft, onChange, problemAt } = props;
  return (
    <Stack>
      <TextInput
        label="Title"
        maxLength={LIMITS.exerciseTitleMaxLength}
        value={draft.title}
        onChange={(event) => onChange({ title: event.currentTarget.value })}
        error={problemAt('title')}
        required
      />
      <Group grow align="flex-start">
        <NativeSelect
          label="Building step"
          data={STEP_OPTIONS}
          value={draft.buildingStep}
          onChange={(event) =>
            onChange({ buildingStep: event.currentTarget.value as BuildingStep })
          }
          error={problemAt('buildingStep')}
          required
        />
        <NativeSelect
          label="Dimension it builds"
          data={DIMENSION_OPTIONS}
          value={draft.dimension}
          onChange={(event) => onChange({ dimension: event.currentTarget.value as Dimension })}
          error={problemAt('dimension')}
          required
        />
      </Group>
      <Group align="flex-start">
        <NumberInput
          label="Minutes it takes"
          min={LIMITS.exerciseMinutesMin}
          max={LIMITS.exerciseMinutesMax}
          allowDecimal={false}
          value={draft.estimatedMinutes}
          onChange={(value) =>
            onChange({ estimatedMinutes: typeof value === 'number' ? value : '' })
          }
          error={problemAt('estimatedMinutes')}
          required
          w={160}
        />
        <Radio.Group
          label="Who answers"
          value={draft.mode}
          onChange={(value) => onChange({ mode: value as ExerciseMode })}
          error={problemAt('mode')}
          required
        >
          <Stack gap={6} mt="xs">
            <Radio
              value={ExerciseMode.INDIVIDUAL}
              label="On your own"
              description="Each partner answers alone and chooses whether to share."
            />
            <Radio
              value={ExerciseMode.JOINT}
              label="Together"
              description="The couple writes one shared answer."
            />
          </Stack>
        </Radio.Group>
      </Group>
      <Textarea
        label="Why it helps"
        description="A sentence or two a client can follow."
        autosize
        minRows={2}
        maxLength={LIMITS.exerciseRationaleMaxLength}
        value={draft.rationale}
        onChange={(event) => onChange({ rationale: event.currentTarget.value })}
        error={problemAt('rationale')}
        required
      />
      <Textarea
        label="Instructions"
        description="What to do, step by step. Line breaks are kept."
        autosize
        minRows={4}
        maxLength={LIMITS.exerciseInstructionsMaxLength}
        value={draft.instructions}
        onChange={(event) => onChange({ instructions: event.currentTarget.value })}
        error={problemAt('instructions')}
        required
      />
    </Stack>
  );
}
