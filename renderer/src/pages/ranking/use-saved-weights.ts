import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import type { RankingWeights } from '../../../../shared/programs/ranking-weights';
import { api, notifyFailure, unwrap } from '../../api';

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

/** Delay after the last slider move before saving, so a drag is one write, not fifty. */
export const WEIGHTS_SAVE_DELAY_MS = 500;

/** Weights that re-rank at once and save a moment after the applicant stops moving them. */
export function useSavedWeights(initial: RankingWeights) {
  const [weights, setWeights] = useState(initial);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  // Only the newest save may report "saved": an older one can finish after it.
  const latest = useRef(0);

  const save = useDebouncedCallback(
    async (next: RankingWeights) => {
      const request = ++latest.current;
      setSaveState('saving');
      try {
        unwrap(await api()['ranking:set-weights'](next));
        if (request === latest.current) setSaveState('saved');
      } catch (caught) {
        if (request === latest.current) setSaveState('failed');
        notifyFailure(caught, 'Your weights were not saved');
      }
    },
    { delay: WEIGHTS_SAVE_DELAY_MS, flushOnUnmount: true },
  );

  // A reload or closing the window unmounts nothing, so the wait before saving would drop the
  // last change: send it as soon as the page starts to go away or is hidden.
  useEffect(() => {
    const saveNow = () => save.flush();
    const saveIfHidden = () => {
      if (document.visibilityState === 'hidden') save.flush();
    };
    window.addEventListener('beforeunload', saveNow);
    window.addEventListener('pagehide', saveNow);
    document.addEventListener('visibilitychange', saveIfHidden);
    return () => {
      window.removeEventListener('beforeunload', saveNow);
      window.removeEventListener('pagehide', saveNow);
      document.removeEventListener('visibilitychange', saveIfHidden);
    };
  }, [save]);

  const change = (next: RankingWeights) => {
    setWeights(next);
    setSaveState('pending');
    save(next);
  };

  return { weights, saveState, change };
}
