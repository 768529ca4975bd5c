import { useCallback, useRef, useState } from 'react';

/**
 * State for handlers that must stay the same function (so memoised rows are not rendered again)
 * yet start from the newest value: `show` sets it, and `latest()` returns what was last shown,
 * even before React has rendered it. For plain values, not functions.
 */
export function useShownState<T>(initial: T): [value: T, show: (next: T) => void, latest: () => T] {
  const [value, setValue] = useState(initial);
  const shown = useRef(initial);
  const show = useCallback((next: T) => {
    shown.current = next;
    setValue(next);
  }, []);
  const latest = useCallback(() => shown.current, []);
  return [value, show, latest];
}
