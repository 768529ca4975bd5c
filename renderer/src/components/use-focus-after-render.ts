import { useCallback, useEffect, useRef } from 'react';

type FindTarget = () => HTMLElement | null | undefined;

/**
 * Moves keyboard focus once the next render is on screen, to an element that may only exist
 * then (a button that replaces the one pressed). Call it beside the state change that re-renders.
 */
export function useFocusAfterRender(): (find: FindTarget) => void {
  const pending = useRef<FindTarget | null>(null);
  useEffect(() => {
    const find = pending.current;
    if (!find) return;
    pending.current = null;
    find()?.focus();
  });
  return useCallback((find: FindTarget) => {
    pending.current = find;
  }, []);
}
