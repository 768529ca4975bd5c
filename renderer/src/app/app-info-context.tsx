import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { AppInfo } from '../../../shared/ipc/app-info';
import { api, unwrap } from '../api';
import { withdrawAllUndos } from '../components/notify-undo';
import { discardKeptEdits } from './edit-keeper';

interface AppInfoState {
  info: AppInfo | null;
  error: string | null;
  refresh: () => Promise<void>;
  /** Bumped after the whole document changes (import, restore, sample), so pages reload. */
  dataVersion: number;
  dataReplaced: () => Promise<void>;
}

const AppInfoContext = createContext<AppInfoState | null>(null);

export function AppInfoProvider({ children }: { children: ReactNode }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dataVersion, setDataVersion] = useState(0);

  const refresh = useCallback(
    () =>
      api()
        ['app:info']()
        .then(unwrap)
        .then(
          (next) => {
            setInfo(next);
            setError(null);
          },
          (caught: unknown) => setError(caught instanceof Error ? caught.message : String(caught)),
        ),
    [],
  );

  const dataReplaced = useCallback(async () => {
    discardKeptEdits();
    withdrawAllUndos();
    await refresh();
    setDataVersion((version) => version + 1);
  }, [refresh]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return (
    <AppInfoContext.Provider value={{ info, error, refresh, dataVersion, dataReplaced }}>
      {children}
    </AppInfoContext.Provider>
  );
}

export function useAppInfo(): AppInfoState {
  const state = useContext(AppInfoContext);
  if (!state) throw new Error('useAppInfo must be used inside <AppInfoProvider>');
  return state;
}
