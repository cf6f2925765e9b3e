import { useCallback, useRef, useState } from 'react';
import { isRetryable } from '../../app/errors';

/**
 * A fresh idempotency key. `crypto.randomUUID` exists only in secure contexts (https,
 * localhost); `getRandomValues` everywhere, so a plain-http test install still works.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends a submission at most once per attempt. An attempt is one set of answers (its
 * fingerprint): its key is made on the first try and reused by every retry of it, whether
 * automatic (the network dropped) or the person pressing Submit again, so the server can
 * answer a repeat with the submission it already made. A click while a try is on its way
 * is ignored (resolves to null). Other answers make a new attempt with a new key.
 */
export function useIdempotentSubmit(
  options: { retries?: number; retryDelayMs?: number; newKey?: () => string } = {},
) {
  const { retries = 2, retryDelayMs = 1500, newKey = newIdempotencyKey } = options;
  const attempt = useRef<{ fingerprint: string; key: string } | null>(null);
  const busy = useRef(false);
  const [submitting, setSubmitting] = useState(false);

  const submit = useCallback(
    async <T>(fingerprint: string, send: (key: string) => Promise<T>): Promise<T | null> => {
      // A ref, not state: a double click arrives before React re-renders the button.
      if (busy.current) return null;
      busy.current = true;
      setSubmitting(true);
      if (attempt.current?.fingerprint !== fingerprint) {
        attempt.current = { fingerprint, key: newKey() };
      }
      const { key } = attempt.current;
      try {
        for (let tries = 0; ; tries += 1) {
          try {
            const result = await send(key);
            attempt.current = null;
            return result;
          } catch (error) {
            if (tries >= retries || !isRetryable(error)) throw error;
            await wait(retryDelayMs * 2 ** tries);
          }
        }
      } finally {
        busy.current = false;
        setSubmitting(false);
      }
    },
    [newKey, retries, retryDelayMs],
  );

  return { submit, submitting };
}
