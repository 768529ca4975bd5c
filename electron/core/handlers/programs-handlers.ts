import { randomUUID } from 'node:crypto';
import type { Program, ProgramDraft, ProgramsCollections } from '../../../shared/programs/program-schema';
import {
  addPrograms,
  deleteProgram,
  restoreProgram,
  saveProgram,
  setRankOrder,
  setSignal,
} from '../../../shared/programs/shortlist-mutations';
import { AppFailure } from '../../../shared/result';
import type { HandlerGroup } from '../handler-types';
import type { Store } from '../store';

/** Runs a pure change on the shortlist part of the document and saves it. */
async function changeShortlist<T>(
  store: Store,
  change: (shortlist: ProgramsCollections) => { next: ProgramsCollections; result: T },
): Promise<T> {
  let result!: T;
  await store.update((doc) => {
    const outcome = change(doc.shortlist);
    result = outcome.result;
    return { ...doc, shortlist: outcome.next };
  });
  return result;
}

const withIds = (draft: ProgramDraft, id: string): Program => ({
  ...draft,
  id,
  volumeFigures: draft.volumeFigures.map((figure) => ({ ...figure, id: randomUUID() })),
});

export const programsHandlers: HandlerGroup<
  | 'shortlist:get'
  | 'programs:save'
  | 'programs:delete'
  | 'programs:restore'
  | 'programs:import'
  | 'ranking:set-order'
  | 'ranking:set-weights'
  | 'signals:set-settings'
  | 'signals:set'
> = {
  'shortlist:get': (_args, { store }) => store.document.shortlist,
  'programs:save': ({ id, program }, { store }) =>
    changeShortlist(store, (shortlist) => {
      if (id !== undefined && !shortlist.programs.some((existing) => existing.id === id)) {
        throw new AppFailure('not-found', 'That program is no longer in your shortlist.');
      }
      const saved = withIds(program, id ?? randomUUID());
      return { next: saveProgram(shortlist, saved), result: saved };
    }),
  'programs:delete': ({ id }, { store }) =>
    changeShortlist(store, (shortlist) => {
      const { next, removed } = deleteProgram(shortlist, id);
      return { next, result: removed };
    }),
  'programs:restore': (removed, { store }) =>
    changeShortlist(store, (shortlist) => ({ next: restoreProgram(shortlist, removed), result: removed.program })),
  'programs:import': ({ programs }, { store }) =>
    changeShortlist(store, (shortlist) => {
      const created = programs.map((draft) => withIds(draft, randomUUID()));
      return { next: addPrograms(shortlist, created), result: created };
    }),
  'ranking:set-order': ({ ids }, { store }) =>
    changeShortlist(store, (shortlist) => ({ next: setRankOrder(shortlist, ids), result: ids })),
  'ranking:set-weights': (weights, { store }) =>
    changeShortlist(store, (shortlist) => ({ next: { ...shortlist, rankingWeights: weights }, result: weights })),
  'signals:set-settings': (settings, { store }) =>
    changeShortlist(store, (shortlist) => ({ next: { ...shortlist, signalSettings: settings }, result: settings })),
  'signals:set': ({ programId, tier }, { store }) =>
    changeShortlist(store, (shortlist) => {
      const next = setSignal(shortlist, programId, tier);
      return { next, result: next.signals };
    }),
};
