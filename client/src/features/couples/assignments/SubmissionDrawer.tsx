import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Divider, Drawer, Stack, Text, Textarea, Title } from '@mantine/core';
import { LIMITS } from '@tandem/shared';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../app/ErrorAlert';
import { ErrorState, LoadingState } from '../../../app/PageStates';
import { toAnswer, toPrompts } from '../../exercises/adapters';
import { AnswerReadout } from '../../exercises/AnswerReadout';
import { COMMENT_ON_SUBMISSION, COUPLE_ASSIGNMENTS, SUBMISSION } from '../graphql/assignments';

/** The answers to open, and the exercise's title to show while they load. */
export interface SubmissionToRead {
  submissionId: string;
  title: string;
}

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * A partner's submitted answers for the care team (each opening is audited), read against the
 * questions of the exercise version they answered, and the team's comments.
 */
export function SubmissionDrawer({
  reading,
  onClose,
}: {
  reading: SubmissionToRead | null;
  onClose: () => void;
}) {
  const { data, loading, error, refetch } = useQuery(SUBMISSION, {
    variables: { id: reading?.submissionId ?? '' },
    skip: !reading,
  });
  const [comment, commenting] = useMutation(COMMENT_ON_SUBMISSION, {
    refetchQueries: [SUBMISSION, COUPLE_ASSIGNMENTS],
  });
  const [body, setBody] = useState('');
  const submission = data?.submission;

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!reading || !body.trim()) return;
    try {
      await comment({ variables: { submissionId: reading.submissionId, body } });
      setBody('');
    } catch {
      // Shown from the mutation state.
    }
  };

  const title = submission?.authorName
    ? `${submission.authorName}: ${reading?.title ?? ''}`
    : `Answers together: ${reading?.title ?? ''}`;
  return (
    <Drawer opened={reading !== null} onClose={onClose} position="right" size="lg" title={title}>
      {loading && <LoadingState label="Loading the answers…" />}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {submission && reading && (
        <Stack>
          {submission.submittedAt && (
            <Text size="sm" c="dimmed">
              Submitted {when.format(new Date(submission.submittedAt))}
            </Text>
          )}
          <AnswerReadout
            prompts={toPrompts(submission.exercise.prompts)}
            answers={submission.answers.map(toAnswer)}
          />
          <Divider />
          <Title order={3} size="h4">
            Comments
          </Title>
          {submission.comments?.length ? (
            submission.comments.map((item) => (
              <Stack key={item.id} gap={2}>
                <Text size="sm" fw={600}>
                  {item.authorName} · {when.format(new Date(item.createdAt))}
                </Text>
                <Text style={{ whiteSpace: 'pre-line' }}>{item.body}</Text>
              </Stack>
            ))
          ) : (
            <Text c="dimmed">No comments yet. The author sees what you write here.</Text>
          )}
          <form onSubmit={send}>
            <Stack gap="xs">
              <Textarea
                label="Add a comment"
                description={`${body.length} / ${LIMITS.commentMaxLength}`}
                autosize
                minRows={3}
                maxLength={LIMITS.commentMaxLength}
                value={body}
                onChange={(event) => setBody(event.currentTarget.value)}
              />
              <ErrorAlert error={commenting.error} />
              <Button type="submit" loading={commenting.loading} disabled={!body.trim()}>
                Send comment
              </Button>
            </Stack>
          </form>
        </Stack>
      )}
    </Drawer>
  );
}
