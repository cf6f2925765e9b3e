import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { exerciseContentProblems, type ExerciseContent } from '@tandem/shared';
import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorAlert } from '../../app/ErrorAlert';
import { errorCode, errorFields, errorMessage } from '../../app/errors';
import { contentFromDraft, type ExerciseDraft } from './editor-draft';
import { ExerciseDetailsFields } from './ExerciseDetailsFields';
import { byPath, merged, problemAt, type FieldProblems } from './field-problems';
import { PreviewDialog } from './PreviewDialog';
import { PromptBuilder } from './PromptBuilder';

/**
 * The form for a clinic exercise. It checks the content with the shared rules before
 * sending, and shows the server's own field problems the same way, next to each field.
 */
export function ExerciseEditor(props: {
  initial: ExerciseDraft;
  saveLabel: string;
  /** Rejects with the API error when the server refuses. */
  onSave: (content: ExerciseContent) => Promise<unknown>;
  onCancel: () => void;
  /** Loads the newest version after a conflict (the edits here are dropped). */
  onReload?: () => void;
}) {
  const [draft, setDraft] = useState(props.initial);
  const [attempts, setAttempts] = useState(0);
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<unknown>(null);
  const [serverProblems, setServerProblems] = useState<FieldProblems>({});
  const [previewing, setPreviewing] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const content = useMemo(() => contentFromDraft(draft), [draft]);
  const clientProblems = useMemo(() => byPath(exerciseContentProblems(content)), [content]);
  // Problems show from the first save attempt on, and then update as they are fixed.
  const problems = merged(attempts > 0 ? clientProblems : {}, serverProblems);
  const at = (path: string) => problemAt(problems, path);
  const messages = [...new Set(Object.values(problems).flat())];

  useEffect(() => {
    if (attempts === 0) return;
    summaryRef.current?.focus();
  }, [attempts]);

  const change = (patch: Partial<ExerciseDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    // The server's verdict was on what it was sent; after an edit it may no longer hold.
    setServerProblems({});
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    if (Object.keys(clientProblems).length > 0) {
      setAttempts((n) => n + 1);
      return;
    }
    setSaving(true);
    try {
      await props.onSave(content);
    } catch (error) {
      setServerError(error);
      setServerProblems(errorFields(error));
      setAttempts((n) => n + 1);
    } finally {
      setSaving(false);
    }
  };

  const conflict = errorCode(serverError) === 'CONFLICT';
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <div ref={summaryRef} tabIndex={-1} aria-live="polite">
          {serverError ? (
            <ServerErrorAlert
              error={serverError}
              conflict={conflict}
              onReload={props.onReload}
              details={messages}
            />
          ) : (
            messages.length > 0 && (
              <ErrorAlert title="This exercise cannot be saved yet">
                <ProblemList messages={messages} />
              </ErrorAlert>
            )
          )}
        </div>
        <ExerciseDetailsFields draft={draft} onChange={change} problemAt={at} />
        <PromptBuilder
          prompts={draft.prompts}
          onChange={(prompts) => change({ prompts })}
          problemAt={at}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            Cancel
          </Button>
          <Button
            variant="default"
            onClick={() => {
              // A preview needs the labels a step and a dimension give; check first.
              if (Object.keys(clientProblems).length > 0) setAttempts((n) => n + 1);
              else setPreviewing(true);
            }}
          >
            Preview
          </Button>
          <Button type="submit" loading={saving}>
            {props.saveLabel}
          </Button>
        </Group>
      </Stack>
      <PreviewDialog
        exercise={previewing ? content : null}
        prompts={content.prompts}
        onClose={() => setPreviewing(false)}
      />
    </form>
  );
}

function ProblemList({ messages }: { messages: string[] }) {
  return (
    <List size="sm">
      {messages.map((message) => (
        <List.Item key={message}>{message}</List.Item>
      ))}
    </List>
  );
}

function ServerErrorAlert(props: {
  error: unknown;
  conflict: boolean;
  onReload?: () => void;
  details: string[];
}): ReactNode {
  if (props.conflict) {
    return (
      <Alert color="orange" role="alert" title="Someone saved a newer version">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">
            Someone saved a newer version of this exercise while you were editing. Reload it to see
            their changes, then make yours again. Reloading drops the changes on this page.
          </Text>
          {props.onReload && (
            <Button size="xs" variant="outline" color="orange.9" onClick={props.onReload}>
              Reload the newest version
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }
  return (
    <ErrorAlert title="The exercise was not saved">
      <Text size="sm">{errorMessage(props.error)}</Text>
      {props.details.length > 0 && <ProblemList messages={props.details} />}
    </ErrorAlert>
  );
}
