import { useCallback, useRef, useState } from 'react';
import { moveRankItem } from '../../../../shared/programs/rank-list';
import { api, notifyFailure, unwrap } from '../../api';
import { useShownState } from '../../components/use-shown-state';

export type RankSaveState = 'saved' | 'saving' | 'failed';

/** The applicant's own order: moves show at once and save straight away; a failed save puts the old order back. */
export function useSavedRankOrder(initial: readonly string[]) {
  // `move` stays the same function, so the list's items can be memoised (a 400-program list
  // renders only the two items a move swaps), and starts from the order last shown.
  const [order, show, latestOrder] = useShownState<readonly string[]>(initial);
  const [saveState, setSaveState] = useState<RankSaveState>('saved');
  // Only the newest save may settle the state: an older one can finish after it.
  const newestRequest = useRef(0);

  const move = useCallback((from: number, to: number) => {
    const previous = latestOrder();
    const next = moveRankItem(previous, from, to);
    if (next === previous) return;
    const request = ++newestRequest.current;
    show(next);
    setSaveState('saving');
    api()
      ['ranking:set-order']({ ids: [...next] })
      .then(unwrap)
      .then(
        () => {
          if (request === newestRequest.current) setSaveState('saved');
        },
        (caught: unknown) => {
          if (request === newestRequest.current) {
            show(previous);
            setSaveState('failed');
          }
          notifyFailure(caught, 'Your rank list was not saved');
        },
      );
  }, [show, latestOrder]);

  return { order, saveState, move };
}
