import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ExplainText, type Explanation } from '../../../app/Explain';

/** A chart with its heading, explanation, caption and key, as one labelled figure. */
export function ChartFigure(props: {
  id: string;
  title: string;
  headingOrder?: 2 | 3;
  explanation: Explanation;
  description: ReactNode;
  legend?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Stack
      component="figure"
      gap="xs"
      m={0}
      aria-labelledby={`${props.id}-title`}
      className="trend-figure"
    >
      <Group gap={6} wrap="nowrap">
        <Title order={props.headingOrder ?? 3} size="h5" id={`${props.id}-title`}>
          {props.title}
        </Title>
        <ExplainText explanation={props.explanation} />
      </Group>
      <Text size="sm" c="gray.7" component="figcaption">
        {props.description}
      </Text>
      {props.children}
      {props.legend}
    </Stack>
  );
}
