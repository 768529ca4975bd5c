import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { AppInfo } from '../../../shared/ipc/app-info';
import { withdrawAllUndos } from '../components/notify-undo';
import { arrivedAppInfo, loadAppInfo, takeEarlyAppInfo } from './app-info-prefetch';
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
  // Asked for at start-up (main.tsx), so the first render usually has it.
  const [info, setInfo] = useState<AppInfo | null>(arrivedAppInfo);
  const [error, setError] = useState<string | null>(null);
  const [dataVersion, setDataVersion] = useState(0);

  const apply = useCallback(
    (pending: Promise<AppInfo>) =>
      pending.then(
        (next) => {
          setInfo(next);
          setError(null);
        },
        (caught: unknown) => setError(caught instanceof Error ? caught.message : String(caught)),
      ),
    [],
  );
  const refresh = useCallback(() => apply(loadAppInfo()), [apply]);

  const dataReplaced = useCallback(async () => {
    discardKeptEdits();
    withdrawAllUndos();
    await refresh();
    setDataVersion((version) => version + 1);
  }, [refresh]);

  useEffect(() => {
    // The start-up answer, if any (the same value as the first render's keeps the same state); else ask now.
    void apply(takeEarlyAppInfo() ?? loadAppInfo());
  }, [apply]);

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
