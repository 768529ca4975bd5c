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

/** The longest name a program may have (the schema's limit). */
const MAX_PROGRAM_NAME_LENGTH = 200;

/**
 * The name a restored program comes back under: its own, or, when one of that name was added
 * since the delete, "Name (restored)" ("Name (restored 2)", …), shortened to fit the limit.
 */
export function restoredProgramName(name: string, takenNames: readonly string[]): string {
  const taken = new Set(takenNames.map(programNameKey));
  if (!taken.has(programNameKey(name))) return name;
  const base = name.trim().replace(/\s+/g, ' ');
  for (let attempt = 1; ; attempt += 1) {
    const suffix = attempt === 1 ? ' (restored)' : ` (restored ${attempt})`;
    const candidate = `${base.slice(0, MAX_PROGRAM_NAME_LENGTH - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(programNameKey(candidate))) return candidate;
  }
}

/**
 * Puts a deleted program back where it was. A program of the same name added since the delete
 * keeps its name, and the restored one comes back renamed: two of one name could not be told
 * apart, and refusing would lose the deleted one's answers once the Undo notice has gone.
 */
export function restoreProgram(shortlist: ProgramsCollections, removed: RemovedProgram): ProgramsCollections {
  // Already back (a second Undo): the undo has happened.
  if (shortlist.programs.some((candidate) => candidate.id === removed.program.id)) return shortlist;
  const name = restoredProgramName(
    removed.program.name,
    shortlist.programs.map((candidate) => candidate.name),
  );
  const program = name === removed.program.name ? removed.program : { ...removed.program, name };
  const rankOrder = [...shortlist.rankOrder];
  const at = removed.rankIndex < 0 ? rankOrder.length : Math.min(removed.rankIndex, rankOrder.length);
  rankOrder.splice(at, 0, program.id);
  return {
    ...shortlist,
    programs: [...shortlist.programs, program],
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
