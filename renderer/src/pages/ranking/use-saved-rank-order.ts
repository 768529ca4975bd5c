import { useRef, useState } from 'react';
import { moveRankItem } from '../../../../shared/programs/rank-list';
import { api, notifyFailure, unwrap } from '../../api';

export type RankSaveState = 'saved' | 'saving' | 'failed';

/** The applicant's own order: moves show at once and save straight away; a failed save puts the old order back. */
export function useSavedRankOrder(initial: readonly string[]) {
  const [order, setOrder] = useState<readonly string[]>(initial);
  const [saveState, setSaveState] = useState<RankSaveState>('saved');
  // Only the newest save may settle the state: an older one can finish after it.
  const latest = useRef(0);

  const save = async (next: readonly string[], previous: readonly string[]) => {
    const request = ++latest.current;
    setOrder(next);
    setSaveState('saving');
    try {
      unwrap(await api()['ranking:set-order']({ ids: [...next] }));
      if (request === latest.current) setSaveState('saved');
    } catch (caught) {
      if (request === latest.current) {
        setOrder(previous);
        setSaveState('failed');
      }
      notifyFailure(caught, 'Your rank list was not saved');
    }
  };

  const move = (from: number, to: number) => {
    const next = moveRankItem(order, from, to);
    if (next !== order) void save(next, order);
  };

  return { order, saveState, move };
}
