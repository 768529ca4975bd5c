import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';

/**
 * Edits not yet saved, kept in memory only (the patient-data check runs at save, so nothing
 * unchecked goes to disk), so that a look at another section loses nothing. Kept edits apply
 * only while the saved value they started from is unchanged: an import or a restore replaces
 * the data on purpose. One keeper per editor, made at module level.
 */
export interface EditKeeper<T> {
  /** The edits kept over this saved value, or null when there are none. */
  restore(saved: T): T | null;
  /** Keeps `value` as the edits over `saved`; a value equal to `saved` clears the keeper. */
  keep(saved: T, value: T): void;
}

export function editKeeper<T>(): EditKeeper<T> {
  let kept: { base: string; value: T } | null = null;
  return {
    restore: (saved) => (kept && kept.base === JSON.stringify(saved) ? kept.value : null),
    keep(saved, value) {
      const base = JSON.stringify(saved);
      kept = JSON.stringify(value) === base ? null : { base, value };
    },
  };
}

/** useState starting from the kept edits over `saved` (or `saved`), keeping every change; no keeper, plain state. */
export function useKeptEdit<T>(keeper: EditKeeper<T> | undefined, saved: T): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() => keeper?.restore(saved) ?? saved);
  useEffect(() => keeper?.keep(saved, value), [keeper, saved, value]);
  return [value, setValue];
}
