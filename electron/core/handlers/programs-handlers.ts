import { randomUUID } from 'node:crypto';
import { identifiersInProgram, type ProgramTextSource } from '../../../shared/programs/program-free-text';
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
import { refuseIdentifiers } from './free-text-guard';

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

/** Text the saved program already holds was checked when it was saved, so only new text is. */
function guardProgramText(program: ProgramDraft, saved: ProgramTextSource | undefined, confirmed: boolean, prefix = ''): void {
  if (!confirmed) refuseIdentifiers(identifiersInProgram(program, saved), prefix);
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
  'programs:save': ({ id, program, confirmedNotPatientData }, { store }) =>
    changeShortlist(store, (shortlist) => {
      const existing = id === undefined ? undefined : shortlist.programs.find((candidate) => candidate.id === id);
      if (id !== undefined && !existing) throw new AppFailure('not-found', 'That program is no longer in your shortlist.');
      guardProgramText(program, existing, confirmedNotPatientData);
      const saved = withIds(program, id ?? randomUUID());
      return { next: saveProgram(shortlist, saved), result: saved };
    }),
  'programs:delete': ({ id }, { store }) =>
    changeShortlist(store, (shortlist) => {
      const { next, removed } = deleteProgram(shortlist, id);
      return { next, result: removed };
    }),
  // The program as it came back: a restore renames it "(restored)" when its name was taken since.
  'programs:restore': (removed, { store }) =>
    changeShortlist(store, (shortlist) => {
      const next = restoreProgram(shortlist, removed);
      return { next, result: next.programs.find((p) => p.id === removed.program.id) ?? removed.program };
    }),
  'programs:import': ({ programs, confirmedNotPatientData }, { store }) =>
    changeShortlist(store, (shortlist) => {
      for (const draft of programs) guardProgramText(draft, undefined, confirmedNotPatientData, `${draft.name}: `);
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
