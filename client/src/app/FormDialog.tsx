import { Button, Group, Modal, Stack, Text, type ModalProps } from '@mantine/core';
import { Fragment, useId, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';

/**
 * The modal around a form: a title, Escape and the close button call `onClose`, Mantine traps
 * the focus inside and gives it back on close (a field marked `data-autofocus` takes it first).
 * The children are mounted afresh at every opening (even one that comes while the last closing
 * still fades out), so a form whose state lives in a child component starts empty, without an
 * effect to reset it.
 */
export function FormDialog({
  opened,
  onClose,
  title,
  size,
  centered,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  size?: ModalProps['size'];
  centered?: boolean;
  children: ReactNode;
}) {
  const [openings, setOpenings] = useState(opened ? 1 : 0);
  const [wasOpened, setWasOpened] = useState(opened);
  if (opened !== wasOpened) {
    setWasOpened(opened);
    if (opened) setOpenings(openings + 1);
  }
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size} centered={centered}>
      <Fragment key={openings}>{children}</Fragment>
    </Modal>
  );
}

/**
 * `value` while the dialog is open; after it closes, the value it had while open, so the
 * dialog does not change under the person's eyes while it fades out (its item is often
 * cleared at the moment it closes).
 */
export function useHeldWhileClosing<T>(value: T, opened: boolean): T {
  const [held, setHeld] = useState(value);
  if (opened && held !== value) setHeld(value);
  return opened ? value : held;
}

export interface DialogFormProps {
  /** Runs on submit unless saving or not ready. A rejection is the failed request, which the
   * dialog shows through `error` (a mutation keeps its error in its state). */
  onSubmit: () => unknown;
  onCancel: () => void;
  submitLabel: string;
  cancelLabel?: string;
  /** A destructive or irreversible submit is drawn red. */
  submitColor?: string;
  /** The request is in flight: the submit shows a loader and cannot be pressed again. */
  saving: boolean;
  /** False while the form cannot be sent yet; the submit is disabled. */
  ready?: boolean;
  /** Says what is missing while not ready, under the buttons; the submit is described by it. */
  notReadyHint?: string;
  /** A failed request. */
  error?: unknown;
  /** A problem found before sending, shown in place of the error. */
  problem?: string | null;
  /** Replaces the standard error alert when a failure needs more than its message. */
  alert?: ReactNode;
  /** What the form does, above its fields. */
  intro?: ReactNode;
  /** Skip the browser's own validation bubbles: the form explains what is missing itself. */
  noValidate?: boolean;
  children: ReactNode;
}

/**
 * The form of a FormDialog: its fields, then what went wrong (next to the buttons the person
 * just pressed, still in view on a small screen), then Cancel and the submit.
 */
export function DialogForm({
  onSubmit,
  onCancel,
  submitLabel,
  cancelLabel = 'Cancel',
  submitColor,
  saving,
  ready = true,
  notReadyHint,
  error,
  problem,
  alert,
  intro,
  noValidate,
  children,
}: DialogFormProps) {
  const hintId = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving || !ready) return;
    Promise.resolve(onSubmit()).catch(() => {
      // Shown from `error`.
    });
  };
  const showHint = !ready && notReadyHint !== undefined;
  return (
    <form onSubmit={submit} noValidate={noValidate}>
      <Stack>
        {intro}
        {children}
        {alert ?? <ErrorAlert error={error}>{problem}</ErrorAlert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {cancelLabel}
          </Button>
          <Button
            type="submit"
            color={submitColor}
            loading={saving}
            disabled={!ready}
            aria-describedby={showHint ? hintId : undefined}
          >
            {submitLabel}
          </Button>
        </Group>
        {showHint && (
          <Text size="sm" c="gray.8" ta="right" id={hintId}>
            {notReadyHint}
          </Text>
        )}
      </Stack>
    </form>
  );
}
