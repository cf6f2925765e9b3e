import { Box, List, Stack, Text } from '@mantine/core';
import { PromptKind, type Answer, type Prompt } from '@tandem/shared';
import { answerTo } from './answers';

const planned = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });

/** Answers as text, question by question: submitted answers, a partner's shared ones. */
export function AnswerReadout({
  prompts,
  answers,
}: {
  prompts: readonly Prompt[];
  answers: readonly Answer[];
}) {
  return (
    <Stack component="dl" gap="md" m={0}>
      {prompts.map((prompt) => (
        <div key={prompt.key}>
          <Text component="dt" fw={600}>
            {prompt.label}
          </Text>
          <Box component="dd" ml={0} mt={4}>
            <AnswerValue prompt={prompt} answer={answerTo(answers, prompt.key)} />
          </Box>
        </div>
      ))}
    </Stack>
  );
}

function AnswerValue({ prompt, answer }: { prompt: Prompt; answer: Answer | undefined }) {
  const labelOf = (key: string) => prompt.options?.find((o) => o.key === key)?.label ?? key;
  if (prompt.kind === PromptKind.TEXT && answer?.text?.trim()) {
    return <Text style={{ whiteSpace: 'pre-line' }}>{answer.text}</Text>;
  }
  if (prompt.kind === PromptKind.SCALE && typeof answer?.value === 'number') {
    return (
      <Text>
        <strong>{answer.value}</strong> on a scale from {prompt.min} ({prompt.minLabel}) to{' '}
        {prompt.max} ({prompt.maxLabel})
      </Text>
    );
  }
  if (prompt.kind === PromptKind.CHECKLIST && answer?.optionKeys?.length) {
    return (
      <List>
        {answer.optionKeys.map((key) => (
          <List.Item key={key}>{labelOf(key)}</List.Item>
        ))}
      </List>
    );
  }
  if (prompt.kind === PromptKind.CHOICE && answer?.optionKeys?.length) {
    return <Text>{labelOf(answer.optionKeys[0])}</Text>;
  }
  if (prompt.kind === PromptKind.PLAN && answer?.plannedAt) {
    return <Text>{planned.format(new Date(answer.plannedAt))}</Text>;
  }
  return (
    <Text c="gray.7" fs="italic">
      Not answered
    </Text>
  );
}
