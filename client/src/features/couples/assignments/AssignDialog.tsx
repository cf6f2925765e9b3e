import { useMutation, useQuery } from '@apollo/client/react';
import { NativeSelect, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { LIMITS } from '@tandem/shared';
import { useId, useState } from 'react';
import { ErrorAlert } from '../../../app/ErrorAlert';
import { DialogForm, FormDialog } from '../../../app/FormDialog';
import type { Recurrence } from '../../../graphql/generated/graphql';
import { ASSIGN_EXERCISE, ASSIGNABLE_EXERCISES, COUPLE_ASSIGNMENTS } from '../graphql/assignments';

interface Partner {
  id: string;
  displayName: string;
}

/** `datetime-local` wants local time without a zone. */
function localInputValue(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}

function defaultDue(): string {
  const due = new Date(Date.now() + 7 * 86_400_000);
  due.setHours(20, 0, 0, 0);
  return localInputValue(due);
}

/** Gives an exercise to a couple: both partners or one, once or recurring, with a note. */
export function AssignDialog({
  coupleId,
  partners,
  opened,
  onClose,
}: {
  coupleId: string;
  partners: Partner[];
  opened: boolean;
  onClose: () => void;
}) {
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const exercises = useQuery(ASSIGNABLE_EXERCISES, {
    variables: { search: debouncedSearch || null },
    skip: !opened,
  });
  const [assign, { loading, error, reset }] = useMutation(ASSIGN_EXERCISE, {
    refetchQueries: [COUPLE_ASSIGNMENTS],
  });
  const [exerciseId, setExerciseId] = useState('');
  const [forWhom, setForWhom] = useState('BOTH');
  const [dueAt, setDueAt] = useState(defaultDue);
  const [recurrence, setRecurrence] = useState<Recurrence>('NONE');
  const [repeatUntil, setRepeatUntil] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const recurrenceLabel = useId();

  const items = exercises.data?.exercises.items ?? [];
  const chosen = items.find((exercise) => exercise.id === exerciseId);
  const joint = chosen?.mode === 'JOINT';

  const close = () => {
    reset();
    setProblem(null);
    onClose();
  };

  const submit = async () => {
    if (!exerciseId) return setProblem('Choose an exercise.');
    if (!dueAt) return setProblem('Choose when it is due.');
    if (recurrence !== 'NONE' && !repeatUntil) return setProblem('Choose when it stops repeating.');
    setProblem(null);
    await assign({
      variables: {
        input: {
          coupleId,
          exerciseId,
          clientId: forWhom === 'BOTH' || joint ? null : forWhom,
          dueAt: new Date(dueAt).toISOString(),
          recurrence,
          repeatUntil:
            recurrence === 'NONE' ? null : new Date(`${repeatUntil}T23:59:59`).toISOString(),
          note: note.trim() || null,
        },
      },
    });
    close();
  };

  const options = [
    { value: '', label: exercises.loading ? 'Loading exercises…' : 'Choose an exercise' },
    ...items.map((exercise) => ({
      value: exercise.id,
      label: `${exercise.title} · ${exercise.mode === 'JOINT' ? 'together' : 'each alone'} · ${exercise.estimatedMinutes} min`,
    })),
  ];

  return (
    <FormDialog opened={opened} onClose={close} title="Assign an exercise" size="lg">
      <DialogForm
        onSubmit={submit}
        onCancel={close}
        submitLabel="Assign"
        saving={loading}
        error={error}
        problem={problem}
        noValidate
      >
        <TextInput
          label="Find an exercise"
          description="Words from the title or description"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          maxLength={LIMITS.exerciseSearchMaxLength}
        />
        <NativeSelect
          label="Exercise"
          required
          data={options}
          value={exerciseId}
          onChange={(event) => setExerciseId(event.currentTarget.value)}
        />
        <ErrorAlert error={exercises.error} />
        <NativeSelect
          label="For"
          description={joint ? 'A joint exercise is done together, so it goes to both.' : undefined}
          disabled={joint}
          data={[
            { value: 'BOTH', label: 'Both partners' },
            ...partners.map((partner) => ({
              value: partner.id,
              label: `${partner.displayName} only`,
            })),
          ]}
          value={joint ? 'BOTH' : forWhom}
          onChange={(event) => setForWhom(event.currentTarget.value)}
        />
        <TextInput
          type="datetime-local"
          label="Due"
          required
          value={dueAt}
          onChange={(event) => setDueAt(event.currentTarget.value)}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id={recurrenceLabel}>
            Repeat
          </Text>
          <SegmentedControl
            aria-labelledby={recurrenceLabel}
            value={recurrence}
            onChange={(value) => setRecurrence(value as Recurrence)}
            data={[
              { value: 'NONE', label: 'Once' },
              { value: 'WEEKLY', label: 'Weekly' },
              { value: 'EVERY_TWO_WEEKS', label: 'Every two weeks' },
            ]}
          />
        </Stack>
        {recurrence !== 'NONE' && (
          <TextInput
            type="date"
            label="Repeat until"
            description={`Each week is its own to-do; at most ${LIMITS.recurrenceMaxWeeks} weeks.`}
            required
            value={repeatUntil}
            onChange={(event) => setRepeatUntil(event.currentTarget.value)}
          />
        )}
        <Textarea
          label="Note to the clients"
          description={`${note.length} / ${LIMITS.assignmentNoteMaxLength}`}
          autosize
          minRows={2}
          maxLength={LIMITS.assignmentNoteMaxLength}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
      </DialogForm>
    </FormDialog>
  );
}
