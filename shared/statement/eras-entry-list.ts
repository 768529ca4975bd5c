import { listInWords, plural } from '../in-words';
import type { ErasEntry } from './statement-schema';

/** An entry taken off the ERAS list, with the place it had, so Undo can put it back as it was. */
export interface RemovedErasEntry {
  entry: ErasEntry;
  index: number;
}

/** The list without the entry at `index`, and that entry with its place (null when there is none). */
export function removeErasEntry(list: readonly ErasEntry[], index: number): { list: ErasEntry[]; removed: RemovedErasEntry | null } {
  const entry = list[index];
  if (!entry) return { list: [...list], removed: null };
  return { list: list.filter((_, at) => at !== index), removed: { entry, index } };
}

/**
 * Puts a removed entry back at its old place (or last, when the list has grown shorter since).
 * If the same experience was added again in the meantime, that fresh copy gives way to the
 * removed one: Undo brings back what was written, not the tracker's text.
 */
export function restoreErasEntry(list: readonly ErasEntry[], removed: RemovedErasEntry): ErasEntry[] {
  const others = list.filter((entry) => entry.experienceId !== removed.entry.experienceId);
  const at = Math.min(Math.max(removed.index, 0), others.length);
  return [...others.slice(0, at), removed.entry, ...others.slice(at)];
}

/** The experience whose entry takes the removed one's place, or the one before when it was last; null when none is left. */
export function entryAfterRemoval(list: readonly ErasEntry[], index: number): string | null {
  return (list[index + 1] ?? list[index - 1])?.experienceId ?? null;
}

export interface ErasListChanges {
  /** Entries on both lists whose text, flag or talking point differ. */
  edited: number;
  added: number;
  removed: number;
  /** True when the entries on both lists stand in another order. */
  reordered: boolean;
}

export function erasListChanges(saved: readonly ErasEntry[], current: readonly ErasEntry[]): ErasListChanges {
  const savedById = new Map(saved.map((entry) => [entry.experienceId, entry]));
  const currentIds = new Set(current.map((entry) => entry.experienceId));
  const kept = current.filter((entry) => savedById.has(entry.experienceId));
  const edited = kept.filter((entry) => JSON.stringify(entry) !== JSON.stringify(savedById.get(entry.experienceId))).length;
  const savedOrder = saved.filter((entry) => currentIds.has(entry.experienceId)).map((entry) => entry.experienceId);
  return {
    edited,
    added: current.length - kept.length,
    removed: saved.filter((entry) => !currentIds.has(entry.experienceId)).length,
    reordered: kept.some((entry, at) => entry.experienceId !== savedOrder[at]),
  };
}

/** What discarding would lose, in words: "Unsaved changes to 3 entries: 2 edited and 1 removed." */
export function describeErasListChanges({ edited, added, removed, reordered }: ErasListChanges): string {
  const entries = edited + added + removed;
  const parts = [
    ...(edited > 0 ? [`${edited} edited`] : []),
    ...(added > 0 ? [`${added} added`] : []),
    ...(removed > 0 ? [`${removed} removed`] : []),
  ];
  if (entries === 0) return reordered ? 'The new order of your entries is not saved.' : 'Nothing is unsaved.';
  return `Unsaved changes to ${plural(entries, 'entry', 'entries')}: ${listInWords(reordered ? [...parts, 'the order changed'] : parts)}.`;
}
