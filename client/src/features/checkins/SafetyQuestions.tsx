import { Paper, Stack, Text, Title } from '@mantine/core';
import { CheckinItemField, type CheckinScale, type CheckinStatement } from './CheckinItemField';

/**
 * The safety statements, after the scored ones and set apart from them: what they are for, who
 * reads the answers (the counselor, never the partner) and what to do in immediate danger. Each
 * statement is the same keyboard-operable radio group as the others.
 */
export function SafetyQuestions({
  items,
  firstNumber,
  total,
  scale,
  answers,
  onChange,
}: {
  items: readonly CheckinStatement[];
  /** The number of the first safety statement among all the form asks. */
  firstNumber: number;
  total: number;
  scale: CheckinScale;
  answers: Record<string, number>;
  onChange: (itemKey: string, value: number) => void;
}) {
  if (items.length === 0) return null;
  return (
    <Paper
      component="section"
      aria-labelledby="checkin-safety-heading"
      withBorder
      radius="md"
      p="md"
      bg="gray.0"
    >
      <Stack gap="lg">
        <Stack gap={6}>
          <Title order={2} size="h3" id="checkin-safety-heading">
            Your safety
          </Title>
          <Text>
            These last statements ask how safe you feel with your partner. Your answers to them go
            only to your care team, never to your partner.
          </Text>
          <Text fw={600}>If you are in danger right now, call your local emergency number.</Text>
        </Stack>
        {items.map((item, index) => (
          <CheckinItemField
            key={item.key}
            item={item}
            number={firstNumber + index}
            total={total}
            scale={scale}
            value={answers[item.key]}
            onChange={onChange}
          />
        ))}
      </Stack>
    </Paper>
  );
}
