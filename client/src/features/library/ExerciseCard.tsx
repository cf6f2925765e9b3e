import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { Link, useLocation } from 'react-router';
import { ExerciseBadges } from '../exercises/ExerciseSummary';
import type { LibraryExercise } from './library-exercise';

/** One exercise in the library, named by its title so its buttons can be found by it. */
export function ExerciseCard(props: {
  exercise: LibraryExercise;
  onPreview: () => void;
  onArchive: () => void;
  onRestore: () => void;
  restoring: boolean;
}) {
  const { exercise } = props;
  const titleId = useId();
  const archived = exercise.archivedAt !== null;
  // The editor returns to the library as filtered now.
  const back = { libraryQuery: useLocation().search };
  return (
    <Card withBorder component="article" aria-labelledby={titleId} padding="md">
      <Stack gap="xs" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4" id={titleId}>
            {exercise.title}
          </Title>
          <Group gap={4} wrap="nowrap">
            {archived && <Badge color="gray.8">Archived</Badge>}
            <Badge color={exercise.builtIn ? 'indigo.8' : 'teal.9'} variant="filled" tt="none">
              {exercise.builtIn ? 'Built-in' : 'Clinic'}
            </Badge>
          </Group>
        </Group>
        <ExerciseBadges exercise={exercise} />
        <Text size="sm" lineClamp={3}>
          {exercise.rationale}
        </Text>
        <Group gap="xs" mt="auto">
          <Button size="xs" variant="light" onClick={props.onPreview}>
            Preview
          </Button>
          {!exercise.builtIn && !archived && (
            <Button
              size="xs"
              variant="default"
              component={Link}
              to={`/library/${exercise.id}/edit`}
              state={back}
            >
              Edit
            </Button>
          )}
          <Button
            size="xs"
            variant="default"
            component={Link}
            to={`/library/new?copyOf=${exercise.id}`}
            state={back}
          >
            Make a copy
          </Button>
          {!exercise.builtIn && !archived && (
            <Button size="xs" variant="subtle" color="red.8" onClick={props.onArchive}>
              Archive
            </Button>
          )}
          {!exercise.builtIn && archived && (
            <Button size="xs" variant="default" loading={props.restoring} onClick={props.onRestore}>
              Restore
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
