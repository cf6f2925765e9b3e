import { useMutation } from '@apollo/client/react';
import { NativeSelect, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { DialogForm, FormDialog } from '../../app/FormDialog';
import type { CheckinForm } from '../../graphql/generated/graphql';
import { everyWeeksText, FORM_TEXT, READABLE_DESCRIPTION } from './checkin-words';
import { COUPLE_CHECKINS, SCHEDULE_CHECKINS } from './graphql/checkins';
import {
  checkinDates,
  defaultFirstDue,
  defaultUntil,
  MAX_EVERY_WEEKS,
  scheduleProblem,
} from './schedule-rules';

const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

/** Schedules a check-in for both partners every N weeks, from a first due date until a last day. */
export function ScheduleCheckinsDialog({
  coupleId,
  opened,
  onClose,
}: {
  coupleId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const [form, setForm] = useState<CheckinForm>('FULL');
  const [everyWeeks, setEveryWeeks] = useState(4);
  const [firstDue, setFirstDue] = useState(defaultFirstDue);
  const [until, setUntil] = useState(() => defaultUntil(defaultFirstDue()));
  const [problem, setProblem] = useState<string | null>(null);
  const [schedule, { loading, error, reset }] = useMutation(SCHEDULE_CHECKINS, {
    refetchQueries: [COUPLE_CHECKINS],
  });

  const dates = checkinDates(firstDue, until, everyWeeks);

  const close = () => {
    reset();
    setProblem(null);
    onClose();
  };

  const submit = async () => {
    const found = scheduleProblem(firstDue, until);
    setProblem(found);
    if (found) return;
    await schedule({
      variables: {
        input: {
          coupleId,
          form,
          everyWeeks,
          startsAt: new Date(firstDue).toISOString(),
          until: new Date(`${until}T23:59:59`).toISOString(),
        },
      },
    });
    close();
  };

  return (
    <FormDialog opened={opened} onClose={close} title="Schedule check-ins" size="lg">
      <DialogForm
        onSubmit={submit}
        onCancel={close}
        submitLabel="Schedule"
        saving={loading}
        error={error}
        problem={problem}
        intro={
          <Text size="sm">
            Both partners take each check-in on their own, from three days before it is due. Their
            answers to each statement stay private to them and the care team.
          </Text>
        }
        noValidate
      >
        <Radio.Group
          label="Form"
          value={form}
          onChange={(value) => {
            const next = value as CheckinForm;
            setForm(next);
            setEveryWeeks(next === 'PULSE' ? 1 : 4);
          }}
        >
          <Stack gap="sm" mt={6}>
            {(['FULL', 'PULSE'] as const).map((value) => (
              <Radio
                key={value}
                value={value}
                label={FORM_TEXT[value].name}
                description={FORM_TEXT[value].explanation}
                styles={READABLE_DESCRIPTION}
              />
            ))}
          </Stack>
        </Radio.Group>
        <NativeSelect
          label="Repeat"
          value={String(everyWeeks)}
          onChange={(event) => setEveryWeeks(Number(event.currentTarget.value))}
          data={Array.from({ length: MAX_EVERY_WEEKS }, (_, index) => ({
            value: String(index + 1),
            label: everyWeeksText(index + 1).replace(/^e/, 'E'),
          }))}
        />
        <TextInput
          type="datetime-local"
          label="First due"
          description="Partners can take it from three days before."
          styles={READABLE_DESCRIPTION}
          required
          value={firstDue}
          onChange={(event) => setFirstDue(event.currentTarget.value)}
        />
        <TextInput
          type="date"
          label="Until"
          description="The last day a check-in may fall on: at most 52 weeks after the first."
          styles={READABLE_DESCRIPTION}
          required
          value={until}
          onChange={(event) => setUntil(event.currentTarget.value)}
        />
        {dates.length > 0 && !scheduleProblem(firstDue, until) && (
          <Text size="sm" c="gray.8" aria-live="polite">
            {dates.length === 1
              ? `One check-in for each partner, due ${dayFormat.format(dates[0])}.`
              : `${dates.length} check-ins for each partner, ${everyWeeksText(everyWeeks)}: the first due ${dayFormat.format(dates[0])}, the last ${dayFormat.format(dates[dates.length - 1])}.`}
          </Text>
        )}
      </DialogForm>
    </FormDialog>
  );
}
