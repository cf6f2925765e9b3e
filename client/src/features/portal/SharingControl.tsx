import { useMutation } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../app/ErrorAlert';
import type { Sharing } from '../../graphql/generated/graphql';
import { SHARE_SUBMISSION } from './graphql/todos';
import { SHARING_LABELS, SharingChoice } from './SharingChoice';

/** Changes who may read submitted answers; it applies at once, as a choice is made. */
export function SharingControl(props: { submissionId: string; sharing: Sharing }) {
  const [share, { loading, error, called }] = useMutation(SHARE_SUBMISSION);
  // The choice shows at once; the cache takes the server's answer, or it falls back.
  const [pending, setPending] = useState<Sharing | null>(null);
  const change = async (sharing: Sharing) => {
    setPending(sharing);
    try {
      await share({ variables: { id: props.submissionId, sharing } });
    } catch {
      // Shown from the mutation state.
    } finally {
      setPending(null);
    }
  };
  return (
    <div>
      <SharingChoice
        value={pending ?? props.sharing}
        disabled={loading}
        description="Your care team always sees your answers."
        onChange={(sharing) => void change(sharing)}
      />
      <Text size="sm" c="gray.7" mt={4} role="status" aria-live="polite">
        {called && !loading && !error ? `Saved: ${SHARING_LABELS[props.sharing]}.` : ''}
      </Text>
      <ErrorAlert error={error} mt="xs" />
    </div>
  );
}
