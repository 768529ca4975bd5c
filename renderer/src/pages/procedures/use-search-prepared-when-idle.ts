import { useEffect } from 'react';
import { prepareSearch, type LogRow } from './procedure-filters';

/**
 * After the log is on screen, builds its search text in idle slices, so neither opening the
 * log nor the first keystroke pays for it (a search before it is done builds what it needs).
 */
export function useSearchPreparedWhenIdle(rows: readonly LogRow[]): void {
  useEffect(() => {
    // Chromium (and so Electron) has requestIdleCallback; elsewhere a short timeout stands in.
    const idle = window.requestIdleCallback ?? ((callback: IdleRequestCallback) => window.setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 8 }), 50));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    let done = 0;
    let handle = 0;
    const step = (deadline: IdleDeadline) => {
      done = prepareSearch(rows, done, () => deadline.timeRemaining() > 2);
      if (done < rows.length) handle = idle(step);
    };
    handle = idle(step);
    return () => cancel(handle);
  }, [rows]);
}
