import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ARCHIVE_EXERCISE, EXERCISES, RESTORE_EXERCISE } from './graphql/library';

/** Archive and restore; the list refetches because the exercise leaves the current view. */
export function useExerciseArchiving() {
  const options = { refetchQueries: [EXERCISES], awaitRefetchQueries: true };
  const [archive, archiving] = useMutation(ARCHIVE_EXERCISE, options);
  const [restore, restoring] = useMutation(RESTORE_EXERCISE, options);
  const [restoringId, setRestoringId] = useState<string | null>(null);
  return {
    archive: (id: string) => archive({ variables: { id } }),
    restore: async (id: string) => {
      setRestoringId(id);
      try {
        await restore({ variables: { id } });
      } finally {
        setRestoringId(null);
      }
    },
    archiving: archiving.loading,
    restoringId,
    error: archiving.error ?? restoring.error,
  };
}
