import { useCallback, useEffect, useState } from 'react';
import { useAppInfo } from './app-info-context';
import { prefetchedIfArrived, takePrefetched } from './prefetch';

interface QueryState<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
}

interface Query<T> extends QueryState<T> {
  reload: () => Promise<void>;
}

const messageOf = (caught: unknown) => (caught instanceof Error ? caught.message : String(caught));

/** The reload of every query on screen. */
const onScreen = new Set<() => Promise<void>>();

/**
 * Loads data through window.api, and again whenever the whole document is
 * replaced (import, restore, sample). `load` must be stable (module-level or memoised).
 * `reload` (after a change) reloads every query on screen, not only its own: an undo in a
 * notification from the page before may change what the page now open shows.
 */
export function useApiQuery<T>(load: () => Promise<T>): Query<T> {
  const { dataVersion } = useAppInfo();
  // Data asked for at startup is often here before the page renders: then the page's first render
  // has it, instead of a loader and a second render.
  const [state, setState] = useState<QueryState<T>>(() => {
    const arrived = prefetchedIfArrived(load);
    return arrived ? { data: arrived.value, error: null, loading: false } : { data: undefined, error: null, loading: true };
  });

  useEffect(() => {
    let current = true;
    (takePrefetched(load) ?? load()).then(
      // The same answer as the first render's keeps the same state: nothing renders again.
      (data) => current && setState((previous) => (previous.data === data && !previous.loading ? previous : { data, error: null, loading: false })),
      (caught: unknown) => current && setState((previous) => ({ ...previous, error: messageOf(caught), loading: false })),
    );
    return () => {
      current = false;
    };
  }, [load, dataVersion]);

  const reloadThis = useCallback(async () => {
    try {
      const data = await load();
      setState({ data, error: null, loading: false });
    } catch (caught) {
      setState((previous) => ({ ...previous, error: messageOf(caught), loading: false }));
    }
  }, [load]);

  useEffect(() => {
    onScreen.add(reloadThis);
    return () => void onScreen.delete(reloadThis);
  }, [reloadThis]);

  const reload = useCallback(async () => {
    await Promise.all([...new Set([reloadThis, ...onScreen])].map((reloadOne) => reloadOne()));
  }, [reloadThis]);

  return { ...state, reload };
}
