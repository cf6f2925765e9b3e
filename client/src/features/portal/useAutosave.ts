import { useMutation } from '@apollo/client/react';
import type { Answer } from '@tandem/shared';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
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
 * Saves a to-do's answers as a server-side draft a moment after each change (see
 * useDraftAutosave for how).
 */
export function useAutosave(
  todoId: string,
  savedAt: string | null,
  onRefused: (error: unknown) => void,
) {
  const [saveDraft] = useMutation(SAVE_DRAFT);
  return useDraftAutosave<Answer[]>(
    async (answers) => {
      const { data } = await saveDraft({ variables: { input: { todoId, answers } } });
      return data?.saveDraft.updatedAt ?? null;
    },
    savedAt,
    onRefused,
  );
}

/**
 * Saves a draft (of any shape) a moment after each change, one request at a time (the latest
 * draft wins), retrying while the network or database is away. It also saves at once when the
 * page is hidden or left, so switching apps on a phone keeps what was typed. `save` sends a
 * draft and answers when it was saved; `pause` stops saving while a submission is under way;
 * `onRefused` hears when the server will take no more drafts (closed or submitted elsewhere).
 */
export function useDraftAutosave<T>(
  save: (draft: T) => Promise<string | null>,
  savedAt: string | null,
  onRefused: (error: unknown) => void,
) {
  // The latest `save` and `onRefused`, so a request made after a re-render uses the current
  // props. Updated after each render commits; they are only called later, from timers and events.
  const saveRef = useRef(save);
  const refusedRef = useRef(onRefused);
  useLayoutEffect(() => {
    saveRef.current = save;
    refusedRef.current = onRefused;
  });
  const [status, setStatus] = useState<SaveStatus>(
    savedAt ? { state: 'saved', at: savedAt } : { state: 'idle' },
  );
  const unsaved = useRef<T | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef(false);
  const paused = useRef(false);
  const failures = useRef(0);

  // Made once (a state initializer, unlike a memo, is never recomputed): both read only refs
  // and the state setter, and each needs the other.
  const [{ schedule, flush }] = useState(() => {
    const scheduleFlush = (ms: number) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = undefined;
        void flushDraft();
      }, ms);
    };
    const flushDraft = async () => {
      if (paused.current || inFlight.current || !unsaved.current) return;
      clearTimeout(timer.current);
      timer.current = undefined;
      const draft = unsaved.current;
      unsaved.current = null;
      inFlight.current = true;
      setStatus({ state: 'saving' });
      try {
        const at = await saveRef.current(draft);
        failures.current = 0;
        if (at) setStatus({ state: 'saved', at });
      } catch (error) {
        // Changes made while this one was on its way are newer; otherwise keep these.
        unsaved.current ??= draft;
        // A submission is under way and sends the answers itself.
        if (paused.current) return;
        if (isRetryable(error)) {
          setStatus({ state: 'retrying' });
          scheduleFlush(RETRY_DELAYS_MS[Math.min(failures.current, RETRY_DELAYS_MS.length - 1)]);
          failures.current += 1;
        } else {
          setStatus({ state: 'failed', error });
          const code = errorCode(error);
          if (code === 'CONFLICT' || code === 'NOT_FOUND') {
            paused.current = true;
            refusedRef.current(error);
          }
        }
        return;
      } finally {
        inFlight.current = false;
      }
      // Changes made during the request whose own wait is already over.
      if (unsaved.current && !timer.current) scheduleFlush(0);
    };
    return { schedule: scheduleFlush, flush: flushDraft };
  });

  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    document.addEventListener('visibilitychange', hidden);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      clearTimeout(timer.current);
      // Leaving the page within the delay must not lose the last words typed.
      void flush();
    };
  }, [flush]);

  const change = useCallback(
    (draft: T) => {
      unsaved.current = draft;
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
