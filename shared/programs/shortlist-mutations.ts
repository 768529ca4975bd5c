import { AppFailure } from '../result';
import { pruneDanglingReferences, type Program, type ProgramsCollections } from './program-schema';
import type { ProgramSignal, SignalTier } from './signals';
import { programNameKey } from './program-names';

/** Pure changes to the shortlist; each returns a new value and leaves its input untouched. */

export function saveProgram(shortlist: ProgramsCollections, program: Program): ProgramsCollections {
  const index = shortlist.programs.findIndex((existing) => existing.id === program.id);
  if (index === -1) {
    // A new program joins the applicant's own order at the bottom; they move it from there.
    return { ...shortlist, programs: [...shortlist.programs, program], rankOrder: [...shortlist.rankOrder, program.id] };
  }
  const programs = [...shortlist.programs];
  programs[index] = program;
  return { ...shortlist, programs };
}

export function addPrograms(shortlist: ProgramsCollections, programs: readonly Program[]): ProgramsCollections {
  return programs.reduce(saveProgram, shortlist);
}

/** What deleting a program took away, so undo can put it back where it was. */
export interface RemovedProgram {
  program: Program;
  rankIndex: number;
  signals: ProgramSignal[];
}

export function deleteProgram(shortlist: ProgramsCollections, id: string): { next: ProgramsCollections; removed: RemovedProgram } {
  const program = shortlist.programs.find((candidate) => candidate.id === id);
  if (!program) throw new AppFailure('not-found', 'That program was already deleted.');
  const removed: RemovedProgram = {
    program,
    rankIndex: shortlist.rankOrder.indexOf(id),
    signals: shortlist.signals.filter((signal) => signal.programId === id),
  };
  const next = pruneDanglingReferences({
    ...shortlist,
    programs: shortlist.programs.filter((candidate) => candidate.id !== id),
  });
  return { next, removed };
}

export function restoreProgram(shortlist: ProgramsCollections, removed: RemovedProgram): ProgramsCollections {
  if (shortlist.programs.some((candidate) => candidate.id === removed.program.id)) {
    throw new AppFailure('validation', 'That program is already back in your shortlist.');
  }
  // A program of the same name added since the delete: two of one name could not be told apart.
  const key = programNameKey(removed.program.name);
  const namesake = shortlist.programs.find((candidate) => programNameKey(candidate.name) === key);
  if (namesake) {
    throw new AppFailure('validation', `“${namesake.name}” was added again after the delete; rename it first to bring this one back.`);
  }
  const rankOrder = [...shortlist.rankOrder];
  const at = removed.rankIndex < 0 ? rankOrder.length : Math.min(removed.rankIndex, rankOrder.length);
  rankOrder.splice(at, 0, removed.program.id);
  return {
    ...shortlist,
    programs: [...shortlist.programs, removed.program],
    rankOrder,
    signals: [...shortlist.signals, ...removed.signals],
  };
}

/** The applicant's own order must name every program exactly once. */
export function setRankOrder(shortlist: ProgramsCollections, ids: readonly string[]): ProgramsCollections {
  const known = new Set(shortlist.programs.map((program) => program.id));
  const given = new Set(ids);
  if (given.size !== ids.length) throw new AppFailure('validation', 'A program appears twice in the rank list.');
  if (ids.some((id) => !known.has(id)) || given.size !== known.size) {
    throw new AppFailure('validation', 'The rank list is out of date: reload the shortlist and try again.');
  }
  return { ...shortlist, rankOrder: [...ids] };
}

/** One signal per program at most: setting a tier replaces the old one; null removes it. */
export function setSignal(shortlist: ProgramsCollections, programId: string, tier: SignalTier | null): ProgramsCollections {
  if (!shortlist.programs.some((program) => program.id === programId)) {
    throw new AppFailure('not-found', 'That program is no longer in your shortlist.');
  }
  const signals = shortlist.signals.filter((signal) => signal.programId !== programId);
  return { ...shortlist, signals: tier ? [...signals, { programId, tier }] : signals };
}
