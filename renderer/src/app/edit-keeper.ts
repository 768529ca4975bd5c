import { useEffect, useState, useSyncExternalStore, type Dispatch, type SetStateAction } from 'react';
import { setUnsaved } from './unsaved-changes';

/**
 * Edits not yet saved, kept in memory only (the patient-data check runs at save, so nothing
 * unchecked goes to disk), so that a look at another section loses nothing. Kept edits apply
 * only while the saved value they started from is unchanged: an import or a restore replaces
 * the data on purpose. A change made elsewhere that the edits should survive (a talking point
 * deleted while the outline holds edits) is carried over them with `carry`. One keeper per
 * editor, made at module level. Kept edits still count as unsaved when the app is closed (see
 * unsaved-changes.ts).
 */
export interface EditKeeper<T> {
  /** The edits kept over this saved value, or null when there are none. */
  restore(saved: T): T | null;
  /** Keeps `value` as the edits over `saved`; a value equal to `saved` clears the keeper. */
  keep(saved: T, value: T): void;
  /**
   * The saved value is about to change by `change` on purpose: the kept edits get the same change
   * and now apply over the changed value. Call it once the change is saved, before the editor
   * reloads. Nothing kept, nothing to do.
   */
  carry(change: (value: T) => T): void;
  /** Calls `listener` whenever the kept edits change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** Every keeper made, so that replacing the data can drop what they hold. */
const discards = new Set<() => void>();

/**
 * Drops every kept edit: after an import, a restore or clearing the sample, the data they were
 * typed over is gone, and the window should not ask about them on closing.
 */
export function discardKeptEdits(): void {
  for (const discard of discards) discard();
}

/** `what` names the editor for the user, e.g. "the statement draft". */
export function editKeeper<T>(what: string): EditKeeper<T> {
  let kept: { saved: T; base: string; value: T } | null = null;
  const listeners = new Set<() => void>();
  const set = (next: typeof kept) => {
    kept = next;
    setUnsaved(keeper, kept ? { what, kept: true } : null);
    for (const listener of listeners) listener();
  };
  discards.add(() => set(null));
  const keeper: EditKeeper<T> = {
    restore: (saved) => (kept && kept.base === JSON.stringify(saved) ? kept.value : null),
    keep(saved, value) {
      const base = JSON.stringify(saved);
      set(JSON.stringify(value) === base ? null : { saved, base, value });
    },
    carry(change) {
      if (kept) keeper.keep(change(kept.saved), change(kept.value));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  return keeper;
}

const noSubscription = () => () => undefined;

/** What the editor shows now, for another component: the kept edits over `saved`, or `saved`; kept up to date. */
export function useKeptValue<T>(keeper: EditKeeper<T> | undefined, saved: T): T {
  return useSyncExternalStore(keeper?.subscribe ?? noSubscription, () => keeper?.restore(saved) ?? saved);
}

/** useState starting from the kept edits over `saved` (or `saved`), keeping every change; no keeper, plain state. */
export function useKeptEdit<T>(keeper: EditKeeper<T> | undefined, saved: T): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() => keeper?.restore(saved) ?? saved);
  useEffect(() => keeper?.keep(saved, value), [keeper, saved, value]);
  return [value, setValue];
}
