import { AppFailure } from '../result';
import type { Experience } from './experience-schema';
import type { ExposureCollections } from './exposure-collections';
import type { ProcedureEntry } from './procedure-schema';
import { NAME_NEEDS_LETTERS, compactKey, hasLetterOrDigit } from './procedure-vocabulary';
import type { ResearchOutput } from './research-output-schema';
import { procedureIndex, type CustomProcedure } from './taxonomy';

/**
 * Pure changes to the exposure collections. Each returns a new value and leaves
 * its input untouched, so the store can roll back a failed write.
 */

const upsert = <T extends { id: string }>(list: readonly T[], item: T): T[] => {
  const index = list.findIndex((existing) => existing.id === item.id);
  if (index === -1) return [...list, item];
  const next = [...list];
  next[index] = item;
  return next;
};

function assertExperienceExists(collections: ExposureCollections, id: string | null): void {
  if (id !== null && !collections.experiences.some((experience) => experience.id === id)) {
    throw new AppFailure('validation', 'The linked experience no longer exists. Pick another, or none.');
  }
}

export function saveExperience(collections: ExposureCollections, experience: Experience): ExposureCollections {
  return { ...collections, experiences: upsert(collections.experiences, experience) };
}

/** What deleting an experience took away, so undo can put every link back. */
export interface RemovedExperience {
  experience: Experience;
  procedureIds: string[];
  researchOutputIds: string[];
}

export function deleteExperience(
  collections: ExposureCollections,
  id: string,
): { next: ExposureCollections; removed: RemovedExperience } | null {
  const experience = collections.experiences.find((candidate) => candidate.id === id);
  if (!experience) return null;
  const procedureIds: string[] = [];
  const researchOutputIds: string[] = [];
  const procedures = collections.procedures.map((entry) => {
    if (entry.experienceId !== id) return entry;
    procedureIds.push(entry.id);
    return { ...entry, experienceId: null };
  });
  const researchOutputs = collections.researchOutputs.map((output) => {
    if (output.experienceId !== id) return output;
    researchOutputIds.push(output.id);
    return { ...output, experienceId: null };
  });
  return {
    next: {
      ...collections,
      experiences: collections.experiences.filter((candidate) => candidate.id !== id),
      procedures,
      researchOutputs,
    },
    removed: { experience, procedureIds, researchOutputIds },
  };
}

export function restoreExperience(collections: ExposureCollections, removed: RemovedExperience): ExposureCollections {
  const relink = <T extends { id: string; experienceId: string | null }>(list: readonly T[], ids: readonly string[]) => {
    const wanted = new Set(ids);
    return list.map((item) =>
      wanted.has(item.id) && item.experienceId === null ? { ...item, experienceId: removed.experience.id } : item,
    );
  };
  return {
    ...collections,
    experiences: upsert(collections.experiences, removed.experience),
    procedures: relink(collections.procedures, removed.procedureIds),
    researchOutputs: relink(collections.researchOutputs, removed.researchOutputIds),
  };
}

export function saveResearchOutput(collections: ExposureCollections, output: ResearchOutput): ExposureCollections {
  assertExperienceExists(collections, output.experienceId);
  return { ...collections, researchOutputs: upsert(collections.researchOutputs, output) };
}

export function deleteResearchOutput(
  collections: ExposureCollections,
  id: string,
): { next: ExposureCollections; removed: ResearchOutput } | null {
  const removed = collections.researchOutputs.find((output) => output.id === id);
  if (!removed) return null;
  return {
    next: { ...collections, researchOutputs: collections.researchOutputs.filter((output) => output.id !== id) },
    removed,
  };
}

// The id is never shown: an own procedure's id ("custom-de1e…") means nothing to the applicant.
const UNKNOWN_PROCEDURE = 'That procedure is no longer in the list; it may have been deleted. Pick one from the list or add it again as your own.';

function assertProceduresKnown(collections: ExposureCollections, entries: readonly ProcedureEntry[]): void {
  const index = procedureIndex(collections.customProcedures);
  if (entries.some((entry) => !index.has(entry.procedureId))) throw new AppFailure('validation', UNKNOWN_PROCEDURE);
}

function assertProceduresResolve(collections: ExposureCollections, entries: readonly ProcedureEntry[]): void {
  assertProceduresKnown(collections, entries);
  for (const entry of entries) assertExperienceExists(collections, entry.experienceId);
}

function assertNotInLog(collections: ExposureCollections, entries: readonly ProcedureEntry[]): void {
  const existing = new Set(collections.procedures.map((entry) => entry.id));
  if (entries.some((entry) => existing.has(entry.id))) {
    throw new AppFailure('validation', 'Some of these entries are already in the log.');
  }
}

/** Adds new entries: ids already present are refused. */
export function addProcedures(collections: ExposureCollections, entries: readonly ProcedureEntry[]): ExposureCollections {
  assertProceduresResolve(collections, entries);
  assertNotInLog(collections, entries);
  return { ...collections, procedures: [...collections.procedures, ...entries] };
}

/**
 * What an undo of deleted entries needs first, worked out before anything is put back: the own
 * procedures they name that were deleted since (from the definitions kept with the undo), and
 * the entries themselves, moved to a same-named own procedure added in the meantime.
 */
export interface ProceduresRestorePlan {
  proceduresToRestore: CustomProcedure[];
  entries: ProcedureEntry[];
}

export function planProceduresRestore(
  collections: ExposureCollections,
  entries: readonly ProcedureEntry[],
  ownProcedures: readonly CustomProcedure[],
): ProceduresRestorePlan {
  const index = procedureIndex(collections.customProcedures);
  const proceduresToRestore = new Map<string, CustomProcedure>();
  const planned = entries.map((entry) => {
    if (index.has(entry.procedureId)) return entry;
    const definition = ownProcedures.find((procedure) => procedure.id === entry.procedureId);
    if (!definition) return entry; // nothing to bring back: the restore refuses it in words
    const sameName = procedureNamed(collections, definition.name);
    if (sameName) return { ...entry, procedureId: sameName.id };
    proceduresToRestore.set(definition.id, definition);
    return entry;
  });
  return { proceduresToRestore: [...proceduresToRestore.values()], entries: planned };
}

/**
 * Undo of deleted entries. An entry whose experience was deleted since comes back unlinked
 * rather than not at all; the caller compares the result with what it sent to say so.
 */
export function restoreProcedures(
  collections: ExposureCollections,
  entries: readonly ProcedureEntry[],
): { next: ExposureCollections; restored: ProcedureEntry[] } {
  assertProceduresKnown(collections, entries);
  assertNotInLog(collections, entries);
  const experienceIds = new Set(collections.experiences.map((experience) => experience.id));
  const restored = entries.map((entry) =>
    entry.experienceId !== null && !experienceIds.has(entry.experienceId) ? { ...entry, experienceId: null } : entry,
  );
  return { next: { ...collections, procedures: [...collections.procedures, ...restored] }, restored };
}

/** How many of the entries sent back for undo came back without the experience they had. */
export function countUnlinkedOnRestore(sent: readonly ProcedureEntry[], restored: readonly ProcedureEntry[]): number {
  const linkedBefore = new Map(sent.map((entry) => [entry.id, entry.experienceId]));
  return restored.filter((entry) => entry.experienceId === null && (linkedBefore.get(entry.id) ?? null) !== null).length;
}

/** The own procedures that some of these entries name, kept with an undo so it can bring them back. */
export function ownProceduresUsedBy(
  entries: readonly ProcedureEntry[],
  customProcedures: readonly CustomProcedure[],
): CustomProcedure[] {
  const used = new Set(entries.map((entry) => entry.procedureId));
  return customProcedures.filter((procedure) => used.has(procedure.id));
}

export function updateProcedure(collections: ExposureCollections, entry: ProcedureEntry): ExposureCollections {
  assertProceduresResolve(collections, [entry]);
  if (!collections.procedures.some((existing) => existing.id === entry.id)) {
    throw new AppFailure('validation', 'That log entry no longer exists.');
  }
  return { ...collections, procedures: upsert(collections.procedures, entry) };
}

export function deleteProcedures(
  collections: ExposureCollections,
  ids: readonly string[],
): { next: ExposureCollections; removed: ProcedureEntry[] } {
  const wanted = new Set(ids);
  const removed = collections.procedures.filter((entry) => wanted.has(entry.id));
  return {
    next: { ...collections, procedures: collections.procedures.filter((entry) => !wanted.has(entry.id)) },
    removed,
  };
}

/**
 * The listed or own procedure already called `name` (names and abbreviations, any case, spacing
 * or punctuation: the CSV import reads them the same way), other than `exceptId`.
 */
function procedureNamed(collections: ExposureCollections, name: string, exceptId?: string) {
  const wanted = compactKey(name);
  if (wanted === '') return undefined;
  const others = collections.customProcedures.filter((procedure) => procedure.id !== exceptId);
  return [...procedureIndex(others).values()].find((existing) =>
    [existing.name, ...existing.aliases].some((known) => compactKey(known) === wanted),
  );
}

function assertNameReadable(name: string): void {
  if (!hasLetterOrDigit(name)) throw new AppFailure('validation', `${NAME_NEEDS_LETTERS}.`);
}

function assertNameFree(collections: ExposureCollections, name: string, exceptId?: string): void {
  // Names and abbreviations both count: a custom "TIPS" would split the log in two.
  const clash = procedureNamed(collections, name, exceptId);
  if (clash) throw new AppFailure('validation', `"${clash.name}" is already in the list of procedures.`);
}

export function addCustomProcedure(collections: ExposureCollections, procedure: CustomProcedure): ExposureCollections {
  assertNameReadable(procedure.name);
  return withCustomProcedure(collections, procedure);
}

function withCustomProcedure(collections: ExposureCollections, procedure: CustomProcedure): ExposureCollections {
  assertNameFree(collections, procedure.name);
  return { ...collections, customProcedures: [...collections.customProcedures, procedure] };
}

/** How many log entries name each procedure id; an own procedure with any cannot be deleted. */
export function entriesPerProcedure(procedures: readonly ProcedureEntry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of procedures) counts.set(entry.procedureId, (counts.get(entry.procedureId) ?? 0) + 1);
  return counts;
}

const entriesWord = (count: number) => (count === 1 ? '1 log entry' : `${count} log entries`);

function findCustomProcedure(collections: ExposureCollections, id: string): CustomProcedure {
  const found = collections.customProcedures.find((procedure) => procedure.id === id);
  if (!found) throw new AppFailure('not-found', 'That procedure of your own no longer exists.');
  return found;
}

/**
 * Renames or recategorises an own procedure in place. Log entries hold only its id,
 * so every entry that uses it shows the new name, category and advanced mark.
 */
export function updateCustomProcedure(collections: ExposureCollections, procedure: CustomProcedure): ExposureCollections {
  findCustomProcedure(collections, procedure.id);
  assertNameReadable(procedure.name);
  assertNameFree(collections, procedure.name, procedure.id);
  return { ...collections, customProcedures: upsert(collections.customProcedures, procedure) };
}

/** Deletes an own procedure no entry uses; one in use is refused, so no entry is left without its procedure. */
export function deleteCustomProcedure(
  collections: ExposureCollections,
  id: string,
): { next: ExposureCollections; removed: CustomProcedure } {
  const removed = findCustomProcedure(collections, id);
  const used = entriesPerProcedure(collections.procedures).get(id) ?? 0;
  if (used > 0) {
    throw new AppFailure(
      'validation',
      `"${removed.name}" is used by ${entriesWord(used)}, so it was not deleted. Edit it instead, or move those entries to another procedure first.`,
    );
  }
  return {
    next: { ...collections, customProcedures: collections.customProcedures.filter((procedure) => procedure.id !== id) },
    removed,
  };
}

/**
 * Undo of a delete: puts the procedure back with its id, unless its name has been taken since.
 * One already back (an entry's undo brought it back first) is left as it is: the undo has happened.
 */
export function restoreCustomProcedure(collections: ExposureCollections, procedure: CustomProcedure): ExposureCollections {
  if (collections.customProcedures.some((existing) => existing.id === procedure.id)) return collections;
  // Not held to today's naming rule: it is put back as it was kept.
  return withCustomProcedure(collections, procedure);
}
