import { useMutation } from '@apollo/client/react';
import type { Answer } from '@tandem/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorCode, isRetryable } from '../../app/errors';
import { SAVE_DRAFT } from './graphql/todos';

/** Long enough to save after a pause in typing rather than on every key. */
export const AUTOSAVE_DELAY_MS = 800;
/** Backing off, so a long outage does not become a stream of requests. */
const RETRY_DELAYS_MS = [2_000, 5_000, 10_000, 30_000];

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: string }
  | { state: 'retrying' }
  | { state: 'failed'; error: unknown };

/**
 * Saves a to-do's answers as a server-side draft a moment after each change, one request
 * at a time (the latest answers win), retrying while the network or database is away. It
 * also saves at once when the page is hidden or left, so switching apps on a phone keeps
 * what was typed. `pause` stops it while a submission is under way; `onRefused` hears
 * when the server will take no more drafts (the to-do was closed or submitted elsewhere).
 */
export function useAutosave(
  todoId: string,
  savedAt: string | null,
  onRefused: (error: unknown) => void,
) {
  const [saveDraft] = useMutation(SAVE_DRAFT);
  const [status, setStatus] = useState<SaveStatus>(
    savedAt ? { state: 'saved', at: savedAt } : { state: 'idle' },
  );
  const unsaved = useRef<Answer[] | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef(false);
  const paused = useRef(false);
  const failures = useRef(0);
  const flushRef = useRef<() => Promise<void>>(async () => undefined);

  const schedule = useCallback((ms: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      void flushRef.current();
    }, ms);
  }, []);

  flushRef.current = async () => {
    if (paused.current || inFlight.current || !unsaved.current) return;
    clearTimeout(timer.current);
    timer.current = undefined;
    const answers = unsaved.current;
    unsaved.current = null;
    inFlight.current = true;
    setStatus({ state: 'saving' });
    try {
      const { data } = await saveDraft({ variables: { input: { todoId, answers } } });
      failures.current = 0;
      if (data) setStatus({ state: 'saved', at: data.saveDraft.updatedAt });
    } catch (error) {
      // Answers typed while this one was on its way are newer; otherwise keep these.
      unsaved.current ??= answers;
      // A submission is under way and sends the answers itself.
      if (paused.current) return;
      if (isRetryable(error)) {
        setStatus({ state: 'retrying' });
        schedule(RETRY_DELAYS_MS[Math.min(failures.current, RETRY_DELAYS_MS.length - 1)]);
        failures.current += 1;
      } else {
        setStatus({ state: 'failed', error });
        const code = errorCode(error);
        if (code === 'CONFLICT' || code === 'NOT_FOUND') {
          paused.current = true;
          onRefused(error);
        }
      }
      return;
    } finally {
      inFlight.current = false;
    }
    // Changes made during the request whose own wait is already over.
    if (unsaved.current && !timer.current) schedule(0);
  };

  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === 'hidden') void flushRef.current();
    };
    document.addEventListener('visibilitychange', hidden);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      clearTimeout(timer.current);
      // Leaving the page within the delay must not lose the last words typed.
      void flushRef.current();
    };
  }, []);

  const change = useCallback(
    (answers: Answer[]) => {
      unsaved.current = answers;
      if (!paused.current) schedule(AUTOSAVE_DELAY_MS);
    },
    [schedule],
  );
  const pause = useCallback(() => {
    paused.current = true;
    clearTimeout(timer.current);
    timer.current = undefined;
  }, []);
  const resume = useCallback(() => {
    paused.current = false;
    if (unsaved.current) schedule(AUTOSAVE_DELAY_MS);
  }, [schedule]);

  return { status, change, pause, resume };
}
