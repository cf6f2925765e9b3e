import { Badge, Group, Stack, Text, Title, VisuallyHidden, type TitleOrder } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ExerciseContentFieldsFragment } from '../../graphql/generated/graphql';
import { dimensionLabel, MODE_LABELS, minutesLabel, stepLabel } from './labels';

export type SummaryFields = Pick<
  ExerciseContentFieldsFragment,
  | 'title'
  | 'buildingStep'
  | 'dimension'
  | 'estimatedMinutes'
  | 'mode'
  | 'rationale'
  | 'instructions'
>;

/** What an exercise is, why it helps and how to do it: the same for counselor and client. */
export function ExerciseSummary({
  exercise,
  headingOrder = 2,
  meta,
}: {
  exercise: SummaryFields;
  /** The level of the title; the sections below it are one level deeper. */
  headingOrder?: 1 | 2 | 3;
  /** Shown under the badges, e.g. when a to-do is due. */
  meta?: ReactNode;
}) {
  const sectionOrder = (headingOrder + 1) as TitleOrder;
  return (
    <Stack gap="sm">
      <Title order={headingOrder}>{exercise.title}</Title>
      <ExerciseBadges exercise={exercise} />
      {meta}
      <div>
        <Title order={sectionOrder} size="h5">
          Why it helps
        </Title>
        <Text>{exercise.rationale}</Text>
      </div>
      <div>
        <Title order={sectionOrder} size="h5">
          How to do it
        </Title>
        {/* Instructions are written in paragraphs; keep their line breaks. */}
        <Text style={{ whiteSpace: 'pre-line' }}>{exercise.instructions}</Text>
      </div>
    </Stack>
  );
}

/** Step, dimension, length and mode; each badge says what it is to a screen reader. */
export function ExerciseBadges({
  exercise,
}: {
  exercise: Pick<SummaryFields, 'buildingStep' | 'dimension' | 'estimatedMinutes' | 'mode'>;
}) {
  return (
    <Group gap="xs">
      <Badge variant="light" tt="none">
        <VisuallyHidden>Building step: </VisuallyHidden>
        {stepLabel(exercise.buildingStep)}
      </Badge>
      <Badge variant="outline" tt="none">
        <VisuallyHidden>Builds: </VisuallyHidden>
        {dimensionLabel(exercise.dimension)}
      </Badge>
      <Badge variant="default" tt="none">
        <VisuallyHidden>Takes about </VisuallyHidden>
        {minutesLabel(exercise.estimatedMinutes)}
      </Badge>
      <Badge variant="default" tt="none">
        {MODE_LABELS[exercise.mode]}
      </Badge>
    </Group>
  );
}
