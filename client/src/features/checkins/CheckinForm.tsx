import { useMutation } from '@apollo/client/react';
import { Button, Group, Paper, Progress, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useCallback, useMemo, useRef, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../app/ErrorAlert';
import { errorCode, errorMessage } from '../../app/errors';
import type { CheckinDetailFieldsFragment } from '../../graphql/generated/graphql';
import { SaveStatusText } from '../portal/SaveStatusText';
import { useDraftAutosave } from '../portal/useAutosave';
import { useIdempotentSubmit } from '../portal/useIdempotentSubmit';
import { CheckinItemField, type CheckinStatement } from './CheckinItemField';
import { SAVE_CHECKIN_DRAFT, SUBMIT_CHECKIN } from './graphql/checkins';
import { SafetyQuestions } from './SafetyQuestions';

export type CheckinDetail = CheckinDetailFieldsFragment;
type ItemAnswer = { itemKey: string; value: number };

/** The answers in the order the statements are asked (scored, then safety), for the server. */
export function answerList(
  statements: readonly CheckinStatement[],
  answers: Record<string, number>,
): ItemAnswer[] {
  return statements
    .filter((item) => answers[item.key] !== undefined)
    .map((item): ItemAnswer => ({ itemKey: item.key, value: answers[item.key] }));
}

/**
 * Taking a check-in: every statement on the agreement scale (the scored ones, then the safety
 * ones in a section of their own), saved as a draft a moment after each answer, and submitted
 * once (idempotently) when all are answered.
 */
export function CheckinForm(props: {
  checkin: CheckinDetail;
  /** The check-in changed on the server (submitted elsewhere, cancelled): load it again. */
  onChanged: () => void;
  onSubmitted: () => void;
}) {
  const { checkin } = props;
  const { items, safetyItems, scale } = checkin;
  // Every statement the form asks, in order: what the progress counts and the server receives.
  const statements = useMemo<CheckinStatement[]>(
    () => [...items, ...safetyItems],
    [items, safetyItems],
  );
  const [answers, setAnswers] = useState<Record<string, number>>(() =>
    Object.fromEntries(checkin.answers.map((answer) => [answer.itemKey, answer.value])),
  );
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [saveDraft] = useMutation(SAVE_CHECKIN_DRAFT);
  const [submitCheckin] = useMutation(SUBMIT_CHECKIN);
  const { submit, submitting } = useIdempotentSubmit();
  const autosave = useDraftAutosave<ItemAnswer[]>(
    async (draft) => {
      const { data } = await saveDraft({
        variables: { input: { checkinId: checkin.id, answers: draft } },
      });
      return data?.saveCheckinDraft.updatedAt ?? null;
    },
    checkin.updatedAt ?? null,
    props.onChanged,
  );
  const { change } = autosave;

  const answered = useMemo(
    () => statements.filter((item) => answers[item.key] !== undefined).length,
    [statements, answers],
  );
  const total = statements.length;
  const complete = answered === total;

  // The latest answers for `choose`, which stays the same function so unchanged items skip rendering.
  const answersRef = useRef(answers);
  const choose = useCallback(
    (itemKey: string, value: number) => {
      const next = { ...answersRef.current, [itemKey]: value };
      answersRef.current = next;
      setAnswers(next);
      change(answerList(statements, next));
    },
    [change, statements],
  );

  const firstUnanswered = () => {
    const item = statements.find((entry) => answers[entry.key] === undefined);
    if (!item) return;
    const field = document.querySelector<HTMLElement>(`[data-item-key="${item.key}"]`);
    field?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    field
      ?.querySelector<HTMLElement>('[role="radio"][tabindex="0"]')
      ?.focus({ preventScroll: true });
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!complete) return;
    setSubmitError(null);
    autosave.pause();
    const list = answerList(statements, answers);
    try {
      const done = await submit(JSON.stringify(list), (idempotencyKey) =>
        submitCheckin({
          variables: { input: { checkinId: checkin.id, answers: list, idempotencyKey } },
        }),
      );
      if (done) props.onSubmitted();
    } catch (error) {
      setSubmitError(error);
      // Submitted on another device, or cancelled: show what is true now.
      if (errorCode(error) === 'CONFLICT') props.onChanged();
      else autosave.resume();
    }
  };

  return (
    <form onSubmit={send} noValidate aria-label="Check-in statements">
      <Stack gap="xl">
        {items.map((item, index) => (
          <CheckinItemField
            key={item.key}
            item={item}
            number={index + 1}
            total={total}
            scale={scale}
            value={answers[item.key]}
            onChange={choose}
          />
        ))}
        <SafetyQuestions
          items={safetyItems}
          firstNumber={items.length + 1}
          total={total}
          scale={scale}
          answers={answers}
          onChange={choose}
        />
        <Paper
          withBorder
          shadow="sm"
          px="sm"
          py="xs"
          style={{ position: 'sticky', bottom: 8, zIndex: 2 }}
        >
          <Stack gap={6}>
            <Progress.Root size="sm">
              <Progress.Section
                value={(answered / total) * 100}
                aria-label={`${answered} of ${total} answered`}
              />
            </Progress.Root>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text fw={600} size="sm" id="checkin-progress-label" style={{ flexShrink: 0 }}>
                {answered} of {total} answered
              </Text>
              <SaveStatusText status={autosave.status} />
            </Group>
            <Group gap="xs" wrap="nowrap">
              {!complete && (
                <Button variant="default" px="sm" onClick={firstUnanswered}>
                  Next unanswered
                </Button>
              )}
              <Button
                type="submit"
                style={{ flexGrow: 1 }}
                loading={submitting}
                disabled={!complete || submitting}
                aria-label="Submit check-in"
                aria-describedby={complete ? undefined : 'checkin-submit-hint'}
              >
                Submit
              </Button>
            </Group>
            {submitError !== null && (
              <ErrorAlert title="Not submitted yet" p="xs">
                {errorMessage(submitError)} Your answers are kept; press Submit to try again.
              </ErrorAlert>
            )}
            {!complete && (
              <VisuallyHidden id="checkin-submit-hint">
                Submit opens once every statement has an answer.
              </VisuallyHidden>
            )}
          </Stack>
        </Paper>
      </Stack>
    </form>
  );
}
