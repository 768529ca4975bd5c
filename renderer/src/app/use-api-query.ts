import { useCallback, useEffect, useState } from 'react';
import { useAppInfo } from './app-info-context';

interface Query<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload: () => Promise<void>;
}

/** Loads data through window.api and reloads it whenever the whole document is replaced. */
export function useApiQuery<T>(load: () => Promise<T>): Query<T> {
  const { dataVersion } = useAppInfo();
  const [data, setData] = useState<T>();
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setData(await load());
      setError(null);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setLoading(false);
    }
    // `load` is expected to be stable (module-level or memoised).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    void reload();
  }, [reload, dataVersion]);

  return { data, error, loading, reload };
}
