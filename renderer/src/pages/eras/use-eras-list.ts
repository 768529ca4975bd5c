import { useEffect, useRef, type RefObject } from 'react';
import { entryAfterRemoval, removeErasEntry, restoreErasEntry } from '../../../../shared/statement/eras-entry-list';
import type { ErasEntry } from '../../../../shared/statement/statement-schema';
import { useKeptEdit } from '../../app/edit-keeper';
import { notifyWithUndo } from '../../components/notify-undo';
import { unsavedErasEntries } from '../statement/unsaved-edits';

type ListChange = (list: ErasEntry[]) => ErasEntry[];

/**
 * Undo outlives the page: its notification stays while the user opens another section, and
 * the page remounts after every save. A late Undo goes to the list on screen, or waits for the
 * page to open again over the same saved list (as kept edits do; an import drops it).
 */
let onScreen: ((change: ListChange, focus: string) => void) | null = null;
let waiting: { base: string; changes: ListChange[] } | null = null;

function changeList(change: ListChange, focus: string): void {
  if (onScreen) onScreen(change, focus);
  else waiting?.changes.push(change);
}

/** Where focus goes once the list has rendered: an entry's heading (by experience id) or the page title. */
type FocusTarget = { experienceId: string } | 'title';

/**
 * The entries being edited, and the changes to them that move focus: an added entry, the one
 * after a removed entry, the page title after Discard. Removal offers Undo.
 */
export function useErasList(saved: ErasEntry[], titleRef: RefObject<HTMLElement | null>) {
  const [entries, setEntries] = useKeptEdit(unsavedErasEntries, saved);
  const headings = useRef(new Map<string, HTMLElement>());
  const focusNext = useRef<FocusTarget | null>(null);

  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    (target === 'title' ? titleRef.current : headings.current.get(target.experienceId))?.focus();
  });

  useEffect(() => {
    const base = JSON.stringify(saved);
    if (waiting?.base === base) for (const change of waiting.changes) setEntries(change);
    waiting = null;
    onScreen = (change, experienceId) => {
      focusNext.current = { experienceId };
      setEntries(change);
    };
    return () => {
      onScreen = null;
      waiting = { base, changes: [] };
    };
  }, [saved, setEntries]);

  /** A ref callback for an entry's heading, so focus can find it. */
  const headingRef = (experienceId: string) => (node: HTMLElement | null) => {
    if (node) headings.current.set(experienceId, node);
    else headings.current.delete(experienceId);
  };

  const add = (entry: ErasEntry) => {
    focusNext.current = { experienceId: entry.experienceId };
    setEntries((list) => [...list, entry]);
  };

  /** `name` tells the user what went: the experience's title, or null for an entry whose experience was deleted. */
  const remove = (index: number, name: string | null) => {
    const { list, removed } = removeErasEntry(entries, index);
    if (!removed) return;
    const next = entryAfterRemoval(entries, index);
    focusNext.current = next ? { experienceId: next } : 'title';
    setEntries(list);
    notifyWithUndo({
      message: name ? `Removed “${name}” from ERAS` : 'Removed the entry of a deleted experience',
      undo: async () => changeList((current) => restoreErasEntry(current, removed), removed.entry.experienceId),
    });
  };

  const discard = () => {
    focusNext.current = 'title';
    setEntries(saved);
  };

  return { entries, setEntries, headingRef, add, remove, discard };
}
