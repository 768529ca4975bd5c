import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { setUnsaved } from './unsaved-changes';

/**
 * Edits not yet saved, kept in memory only (the patient-data check runs at save, so nothing
 * unchecked goes to disk), so that a look at another section loses nothing. Kept edits apply
 * only while the saved value they started from is unchanged: an import or a restore replaces
 * the data on purpose. One keeper per editor, made at module level. Kept edits still count as
 * unsaved when the app is closed (see unsaved-changes.ts).
 */
export interface EditKeeper<T> {
  /** The edits kept over this saved value, or null when there are none. */
  restore(saved: T): T | null;
  /** Keeps `value` as the edits over `saved`; a value equal to `saved` clears the keeper. */
  keep(saved: T, value: T): void;
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
  let kept: { base: string; value: T } | null = null;
  discards.add(() => {
    kept = null;
    setUnsaved(keeper, null);
  });
  const keeper: EditKeeper<T> = {
    restore: (saved) => (kept && kept.base === JSON.stringify(saved) ? kept.value : null),
    keep(saved, value) {
      const base = JSON.stringify(saved);
      kept = JSON.stringify(value) === base ? null : { base, value };
      setUnsaved(keeper, kept ? { what, kept: true } : null);
    },
  };
  return keeper;
}

/** useState starting from the kept edits over `saved` (or `saved`), keeping every change; no keeper, plain state. */
export function useKeptEdit<T>(keeper: EditKeeper<T> | undefined, saved: T): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() => keeper?.restore(saved) ?? saved);
  useEffect(() => keeper?.keep(saved, value), [keeper, saved, value]);
  return [value, setValue];
}
