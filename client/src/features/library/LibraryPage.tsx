import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { ErrorAlert } from '../../app/ErrorAlert';
import { EmptyState, ErrorState, LoadingState } from '../../app/PageStates';
import { Paging } from '../../app/Paging';
import { usePageTitle } from '../../app/usePageTitle';
import { toPrompts } from '../exercises/adapters';
import { ExerciseCard } from './ExerciseCard';
import type { LibraryExercise } from './library-exercise';
import { EXERCISES } from './graphql/library';
import { filterInput, useLibraryFilters } from './library-filters';
import { LibraryFilters } from './LibraryFilters';
import { PreviewDialog } from './PreviewDialog';
import { useExerciseArchiving } from './useExerciseArchiving';

const PAGE_SIZE = 20;
/** Every filter off (the archive switch is left as it is). */
const NO_FILTERS = {
  search: '',
  buildingStep: '',
  dimension: '',
  mode: '',
  source: '',
  maxMinutes: null,
} as const;

export default function LibraryPage() {
  usePageTitle('Exercise library');
  const [filters, setFilters] = useLibraryFilters();
  const [search] = useDebouncedValue(filters.search.trim(), 300);
  const { data, previousData, loading, error, refetch } = useQuery(EXERCISES, {
    variables: {
      filter: filterInput(filters, search),
      limit: PAGE_SIZE,
      offset: (filters.page - 1) * PAGE_SIZE,
    },
    // A new or edited exercise made on the editor page must show on return.
    fetchPolicy: 'cache-and-network',
  });
  // Keep the last results on screen while the next filter loads, rather than flashing.
  const page = (data ?? previousData)?.exercises;
  const [previewing, setPreviewing] = useState<LibraryExercise | null>(null);
  const [archivingExercise, setArchivingExercise] = useState<LibraryExercise | null>(null);
  const archiving = useExerciseArchiving();
  // Read once: the filters rewrite the address (and drop its state) right after mounting.
  const location = useLocation();
  const [saved] = useState(() => (location.state as { saved?: string } | null)?.saved);
  const filtered =
    Boolean(search) ||
    Boolean(filters.buildingStep || filters.dimension || filters.mode || filters.source) ||
    filters.maxMinutes !== null;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Exercise library</Title>
        <Button component={Link} to="/library/new">
          New exercise
        </Button>
      </Group>
      {saved && (
        <Alert color="green" role="status">
          Saved “{saved}”. Couples given it earlier keep the version they were given.
        </Alert>
      )}
      <LibraryFilters filters={filters} onChange={setFilters} />
      <ErrorAlert error={archiving.error} />
      {loading && !page && <LoadingState label="Loading exercises…" />}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {page && (
        <Text size="sm" c="gray.7" role="status">
          {page.totalCount === 1 ? '1 exercise' : `${page.totalCount} exercises`}
        </Text>
      )}
      {page && page.totalCount === 0 && filters.archived && (
        <EmptyState
          title="Nothing archived"
          action={
            <Button variant="default" onClick={() => setFilters({ archived: false })}>
              Show the active exercises
            </Button>
          }
        >
          Exercises your clinic archives appear here, and can be restored.
        </EmptyState>
      )}
      {page && page.totalCount === 0 && !filters.archived && filtered && (
        <EmptyState
          title="No exercises match"
          action={
            <Button variant="default" onClick={() => setFilters(NO_FILTERS)}>
              Clear the filters
            </Button>
          }
        >
          Try fewer filters or other words, or clear them to see the whole library. Nothing that
          fits? Write your own with “New exercise”.
        </EmptyState>
      )}
      {page && page.totalCount === 0 && !filters.archived && !filtered && (
        <EmptyState
          title="The library is empty"
          action={
            <Button component={Link} to="/library/new">
              Write the first exercise
            </Button>
          }
        >
          Exercises you write here can be assigned to any couple in your clinic.
        </EmptyState>
      )}
      {page && page.items.length > 0 && (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {page.items.map((exercise) => (
            <ExerciseCard
              key={exercise.id}
              exercise={exercise}
              onPreview={() => setPreviewing(exercise)}
              onArchive={() => setArchivingExercise(exercise)}
              onRestore={() => void archiving.restore(exercise.id).catch(() => undefined)}
              restoring={archiving.restoringId === exercise.id}
            />
          ))}
        </SimpleGrid>
      )}
      {page && (
        <Paging
          total={page.totalCount}
          pageSize={PAGE_SIZE}
          page={filters.page}
          onChange={(next) => setFilters({ page: next })}
        />
      )}
      <PreviewDialog
        exercise={previewing}
        prompts={previewing ? toPrompts(previewing.prompts) : []}
        onClose={() => setPreviewing(null)}
      />
      <ConfirmDialog
        opened={archivingExercise !== null}
        title={`Archive “${archivingExercise?.title ?? ''}”?`}
        confirmLabel="Archive"
        loading={archiving.archiving}
        onClose={() => setArchivingExercise(null)}
        onConfirm={async () => {
          if (archivingExercise) {
            await archiving.archive(archivingExercise.id).catch(() => undefined);
          }
          setArchivingExercise(null);
        }}
      >
        It can no longer be given to couples. Couples who already have it keep it, with their
        answers, and you can restore it from the archived exercises.
      </ConfirmDialog>
    </Stack>
  );
}
