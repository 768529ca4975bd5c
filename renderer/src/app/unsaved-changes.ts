import { useEffect } from 'react';
import { listInWords } from '../../../shared/in-words';

/** Something the user typed and has not saved. */
export interface UnsavedEdit {
  /** Names the editor for the user, e.g. "the program details". */
  what: string;
  /** Kept in memory while the user looks at another section (see edit-keeper.ts): only quitting loses it. */
  kept: boolean;
}

const edits = new Map<object, UnsavedEdit>();

/** Records (or, with null, clears) the unsaved edit of one editor, identified by `owner`. */
export function setUnsaved(owner: object, edit: UnsavedEdit | null): void {
  if (edit) edits.set(owner, edit);
  else edits.delete(owner);
}

/** Every unsaved edit now; `lostOnLeaving` only those that opening another section would discard. */
export function unsavedEdits(scope: 'all' | 'lostOnLeaving' = 'all'): UnsavedEdit[] {
  const all = [...edits.values()];
  return scope === 'all' ? all : all.filter((edit) => !edit.kept);
}

/** The editors holding unsaved edits, each named once, as a phrase: "the draft, the outline and the ERAS entries". */
export function describeUnsaved(scope: 'all' | 'lostOnLeaving' = 'all'): string {
  return listInWords([...new Set(unsavedEdits(scope).map((edit) => edit.what))]);
}

/** Marks a mounted editor's edits as unsaved while `dirty`: leaving the page or quitting then asks first. */
export function useUnsavedChanges(what: string, dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const owner = {};
    setUnsaved(owner, { what, kept: false });
    return () => setUnsaved(owner, null);
  }, [what, dirty]);
}
