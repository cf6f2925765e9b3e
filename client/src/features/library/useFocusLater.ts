import { useCallback, useEffect, useRef } from 'react';

/**
 * Moves focus to an element by id after the next render: when a question is added, moved
 * or removed, the element that had focus is gone or elsewhere, and a keyboard user would
 * otherwise be dropped at the top of the page.
 */
export function useFocusLater(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (!pending.current) return;
    document.getElementById(pending.current)?.focus();
    pending.current = null;
  });
  return useCallback((id: string) => {
    pending.current = id;
  }, []);
}
