import { useCallback, useEffect, useState } from 'react';
import { useAppInfo } from './app-info-context';
import { takePrefetched } from './prefetch';

interface QueryState<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
}

interface Query<T> extends QueryState<T> {
  reload: () => Promise<void>;
}

const messageOf = (caught: unknown) => (caught instanceof Error ? caught.message : String(caught));

/**
 * Loads data through window.api, and again whenever the whole document is
 * replaced (import, restore, sample). `load` must be stable (module-level or memoised).
 */
export function useApiQuery<T>(load: () => Promise<T>): Query<T> {
  const { dataVersion } = useAppInfo();
  const [state, setState] = useState<QueryState<T>>({ data: undefined, error: null, loading: true });

  useEffect(() => {
    let current = true;
    (takePrefetched(load) ?? load()).then(
      (data) => current && setState({ data, error: null, loading: false }),
      (caught: unknown) => current && setState((previous) => ({ ...previous, error: messageOf(caught), loading: false })),
    );
    return () => {
      current = false;
    };
  }, [load, dataVersion]);

  const reload = useCallback(async () => {
    try {
      const data = await load();
      setState({ data, error: null, loading: false });
    } catch (caught) {
      setState((previous) => ({ ...previous, error: messageOf(caught), loading: false }));
    }
  }, [load]);

  return { ...state, reload };
}
