import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import type { ExerciseContent } from '@tandem/shared';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { errorCode } from '../../app/errors';
import { ErrorState, LoadingState } from '../../app/PageStates';
import { usePageTitle } from '../../app/usePageTitle';
import { draftFromExercise, emptyDraft } from './editor-draft';
import { ExerciseEditor } from './ExerciseEditor';
import { CREATE_EXERCISE, EXERCISE, EXERCISES, UPDATE_EXERCISE } from './graphql/library';

/**
 * `/library/new` (optionally `?copyOf=<id>`) and `/library/:id/edit`. Being routes rather
 * than dialogs, a long edit survives a reload of the list and has an address to share.
 */
export default function ExerciseEditorPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const copyOf = id ? null : params.get('copyOf');
  const sourceId = id ?? copyOf;
  const navigate = useNavigate();
  const libraryQuery = (useLocation().state as { libraryQuery?: string } | null)?.libraryQuery;
  const library = `/library${libraryQuery ?? ''}`;
  // Always from the server: an edit must start from the newest version.
  const source = useQuery(EXERCISE, {
    variables: { id: sourceId ?? '' },
    skip: !sourceId,
    fetchPolicy: 'network-only',
  });
  const [create] = useMutation(CREATE_EXERCISE, { refetchQueries: [EXERCISES] });
  const [update] = useMutation(UPDATE_EXERCISE);
  const exercise = source.data?.exercise;
  const heading = id
    ? `Edit “${exercise?.title ?? 'exercise'}”`
    : copyOf
      ? 'Copy an exercise'
      : 'New exercise';
  usePageTitle(heading);

  if (sourceId && source.loading && !exercise)
    return <LoadingState label="Loading the exercise…" />;
  if (errorCode(source.error) === 'NOT_FOUND' || errorCode(source.error) === 'BAD_USER_INPUT') {
    return <NotFound />;
  }
  if (source.error)
    return <ErrorState error={source.error} onRetry={() => void source.refetch()} />;
  if (id && exercise?.builtIn) return <BuiltInNotice id={id} title={exercise.title} />;

  const back = () => navigate(library);
  const saved = (title: string) => navigate(library, { state: { saved: title } });
  const save = async (input: ExerciseContent) => {
    if (id && exercise) {
      await update({ variables: { id, expectedVersion: exercise.currentVersion, input } });
    } else {
      await create({ variables: { input } });
    }
    await saved(input.title.trim());
  };

  return (
    <Stack maw={760}>
      <Anchor component={Link} to={library}>
        Back to the exercise library
      </Anchor>
      <Title order={1}>{heading}</Title>
      {copyOf && exercise && (
        <Text c="gray.7">
          A copy of “{exercise.title}” for your clinic. Change what you like; the original stays as
          it is.
        </Text>
      )}
      <ExerciseEditor
        // A reload after a conflict brings a new version: start the form over from it.
        key={exercise ? `${exercise.id}@${exercise.currentVersion}` : 'new'}
        initial={exercise ? draftFromExercise(exercise, { copy: !id }) : emptyDraft()}
        saveLabel={id ? 'Save changes' : 'Save exercise'}
        onSave={save}
        onCancel={back}
        onReload={id ? () => void source.refetch() : undefined}
      />
    </Stack>
  );
}

function NotFound() {
  return (
    <Stack>
      <Title order={1}>Exercise not found</Title>
      <Text>This exercise was not found, or it belongs to another clinic.</Text>
      <Anchor component={Link} to="/library">
        Back to the exercise library
      </Anchor>
    </Stack>
  );
}

function BuiltInNotice({ id, title }: { id: string; title: string }) {
  return (
    <Stack maw={640} align="flex-start">
      <Title order={1}>“{title}” is built in</Title>
      <Text>
        Tandem’s built-in exercises cannot be changed. Make a copy for your clinic and edit that
        instead.
      </Text>
      <Button component={Link} to={`/library/new?copyOf=${id}`}>
        Make a copy
      </Button>
    </Stack>
  );
}
