import { useCallback, useRef, useState } from 'react';
import { moveRankItem } from '../../../../shared/programs/rank-list';
import { api, notifyFailure, unwrap } from '../../api';

export type RankSaveState = 'saved' | 'saving' | 'failed';

/** The applicant's own order: moves show at once and save straight away; a failed save puts the old order back. */
export function useSavedRankOrder(initial: readonly string[]) {
  const [order, setOrder] = useState<readonly string[]>(initial);
  const [saveState, setSaveState] = useState<RankSaveState>('saved');
  // The order as last set, for `move`, which stays the same function so the list's items can be
  // memoised (a 400-program list renders only the two items a move swaps).
  const current = useRef(initial);
  // Only the newest save may settle the state: an older one can finish after it.
  const latest = useRef(0);

  const move = useCallback((from: number, to: number) => {
    const previous = current.current;
    const next = moveRankItem(previous, from, to);
    if (next === previous) return;
    const request = ++latest.current;
    const show = (shown: readonly string[]) => {
      current.current = shown;
      setOrder(shown);
    };
    show(next);
    setSaveState('saving');
    api()
      ['ranking:set-order']({ ids: [...next] })
      .then(unwrap)
      .then(
        () => {
          if (request === latest.current) setSaveState('saved');
        },
        (caught: unknown) => {
          if (request === latest.current) {
            show(previous);
            setSaveState('failed');
          }
          notifyFailure(caught, 'Your rank list was not saved');
        },
      );
  }, []);

  return { order, saveState, move };
}
