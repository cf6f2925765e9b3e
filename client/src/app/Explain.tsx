import { ActionIcon, Button, Group, Popover, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useCallback, useId, useState, type ReactNode } from 'react';

/**
 * A short in-place explanation of a flag, score or chart: a small "?" button named
 * `What does <topic> mean?` that opens a popover (a dialog named by the topic and described by
 * its text). Focus moves to the popover's Close button; Close or Escape gives it back to the
 * "?" button, so keyboard and screen-reader users get the same words as mouse users. It is never
 * wider than the screen, and a long text scrolls inside it (a keyboard stop then, so it can be
 * scrolled without a mouse) with Close always in view.
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
  const [scrolls, setScrolls] = useState(false);
  const measure = useCallback((body: HTMLDivElement | null) => {
    if (body) setScrolls(body.scrollHeight > body.clientHeight + 1);
  }, []);
  return (
    <Popover
      opened={opened}
      onChange={(next) => (next ? undefined : close())}
      width={`min(${width}px, calc(100vw - 24px))`}
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
          <Stack
            gap={6}
            fz="sm"
            id={bodyId}
            ref={measure}
            mah="min(60vh, 480px)"
            style={{ overflowY: 'auto' }}
            tabIndex={scrolls ? 0 : undefined}
          >
            {children}
          </Stack>
          <Group justify="flex-end">
            <Button size="compact-sm" variant="default" onClick={close} data-autofocus>
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
export function ExplainText({ explanation, width }: { explanation: Explanation; width?: number }) {
  return (
    <Explain topic={explanation.topic} width={width}>
      {explanation.paragraphs.map((text) => (
        <Text key={text} size="sm">
          {text}
        </Text>
      ))}
    </Explain>
  );
}
