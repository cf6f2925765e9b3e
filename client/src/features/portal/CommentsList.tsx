import { Paper, Stack, Text, Title } from '@mantine/core';
import type { TodoDetail } from './todo-state';

type Comment = NonNullable<NonNullable<TodoDetail['mine']>['comments']>[number];

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The care team's comments on one's submitted answers. */
export function CommentsList({ comments }: { comments: readonly Comment[] }) {
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        Comments from your care team
      </Title>
      {comments.length === 0 ? (
        <Text c="gray.7">
          No comments yet. When your counselor comments on your answers, you get a notification and
          the comment appears here.
        </Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {comments.map((comment) => (
            <Paper component="li" key={comment.id} withBorder p="sm">
              <Text size="sm" fw={600}>
                {comment.authorName}{' '}
                <Text span size="sm" c="gray.7" fw={400}>
                  · {when.format(new Date(comment.createdAt))}
                </Text>
              </Text>
              <Text style={{ whiteSpace: 'pre-line' }}>{comment.body}</Text>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
