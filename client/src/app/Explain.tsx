import { ActionIcon, Button, Group, Popover, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId, type ReactNode } from 'react';

/**
 * A short in-place explanation of a flag, score or chart: a small "?" button named
 * `What does <topic> mean?` that opens a popover (a dialog named by the topic and described by
 * its text). Focus moves to the popover's Close button; Close or Escape gives it back to the
 * "?" button, so keyboard and screen-reader users get the same words as mouse users.
 */
export function Explain({
  topic,
  children,
  width = 340,
}: {
  /** What is explained, as the counselor sees it named ("Reliable deterioration"). */
  topic: string;
  children: ReactNode;
  width?: number;
}) {
  const titleId = useId();
  const bodyId = useId();
  const [opened, { toggle, close }] = useDisclosure(false);
  return (
    <Popover
      opened={opened}
      onChange={(next) => (next ? undefined : close())}
      width={width}
      position="bottom-start"
      withArrow
      shadow="md"
      trapFocus
      returnFocus
      closeOnEscape
    >
      <Popover.Target>
        <ActionIcon
          variant="outline"
          color="indigo.8"
          size={24}
          radius="xl"
          aria-label={`What does ${topic} mean?`}
          onClick={toggle}
        >
          <Text component="span" fw={700} size="sm" aria-hidden>
            ?
          </Text>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown aria-labelledby={titleId} aria-describedby={bodyId}>
        <Stack gap="xs">
          <Text fw={700} id={titleId}>
            {topic.charAt(0).toUpperCase() + topic.slice(1)}
          </Text>
          <Stack gap={6} fz="sm" id={bodyId}>
            {children}
          </Stack>
          <Group justify="flex-end">
            <Button size="compact-sm" variant="default" onClick={close}>
              Close
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

/** An explanation kept as data: a topic and a few short paragraphs. */
export interface Explanation {
  topic: string;
  paragraphs: readonly string[];
}

/** Explain with the paragraphs of an explanation kept as data. */
export function ExplainText({ explanation }: { explanation: Explanation }) {
  return (
    <Explain topic={explanation.topic}>
      {explanation.paragraphs.map((text) => (
        <Text key={text} size="sm">
          {text}
        </Text>
      ))}
    </Explain>
  );
}
