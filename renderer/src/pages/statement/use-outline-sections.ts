import { useEffect, useRef } from 'react';
import type { OutlineSection } from '../../../../shared/statement/statement-schema';
import { useKeptEdit, type EditKeeper } from '../../app/edit-keeper';
import { notifyWithUndo } from '../../components/notify-undo';
import { removedSectionMessage, removeSection, restoreSection, sectionAfterRemoval, type RemovedSection } from '../../../../shared/statement/outline-sections';

type Restore = (removed: RemovedSection) => void;

/**
 * Undo outlives the outline on screen: its notice stays while the user opens another section of
 * the app, and the outline is drawn afresh after every save. A late Undo goes to the outline on
 * screen, or waits for it to open again over the same saved outline (as kept edits do; an import
 * drops it).
 */
let onScreen: Restore | null = null;
let waiting: { base: string; removed: RemovedSection[] } | null = null;

function restoreLater(removed: RemovedSection): void {
  if (onScreen) onScreen(removed);
  else waiting?.removed.push(removed);
}

/** Where focus goes once the outline has rendered: a section's title field (by id), or the heading. */
type FocusTarget = { sectionId: string; select?: boolean } | 'heading';

/**
 * The sections being edited, and the changes to them that move focus: an added section (its title,
 * selected to type over), the one after a removed section, a section brought back by Undo, the
 * heading after Discard. Removing offers Undo.
 */
export function useOutlineSections(saved: readonly OutlineSection[], points: readonly { id: string }[], keeper?: EditKeeper<readonly OutlineSection[]>) {
  const [sections, setSections] = useKeptEdit(keeper, saved);
  const heading = useRef<HTMLHeadingElement>(null);
  const titleFields = useRef(new Map<string, HTMLInputElement>());
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  const focusNext = useRef<FocusTarget | null>(null);
  // Read when an Undo arrives: a point deleted since the removal does not come back with the section.
  const pointIds = useRef<ReadonlySet<string>>(new Set());
  useEffect(() => {
    pointIds.current = new Set(points.map((point) => point.id));
  }, [points]);

  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    if (target === 'heading') {
      heading.current?.focus();
      return;
    }
    const field = titleFields.current.get(target.sectionId);
    field?.focus();
    if (target.select) field?.select();
  });

  useEffect(() => {
    const base = JSON.stringify(saved);
    if (waiting?.base === base) for (const removed of waiting.removed) setSections((list) => restoreSection(list, removed, pointIds.current));
    waiting = null;
    onScreen = (removed) => {
      focusNext.current = { sectionId: removed.section.id };
      setSections((list) => restoreSection(list, removed, pointIds.current));
    };
    return () => {
      onScreen = null;
      waiting = { base, removed: [] };
    };
  }, [saved, setSections]);

  /** A ref callback for a section's title field, so focus can find it. */
  const titleRef = (sectionId: string) => (node: HTMLInputElement | null) => {
    if (node) titleFields.current.set(sectionId, node);
    else titleFields.current.delete(sectionId);
  };

  /** A ref callback for a section's Remove button: where focus goes when the section before it is removed. */
  const removeRef = (sectionId: string) => (node: HTMLButtonElement | null) => {
    if (node) removeButtons.current.set(sectionId, node);
    else removeButtons.current.delete(sectionId);
  };

  const add = () => {
    const section: OutlineSection = { id: crypto.randomUUID(), title: 'New section', talkingPointIds: [] };
    focusNext.current = { sectionId: section.id, select: true };
    setSections((list) => [...list, section]);
  };

  const remove = (index: number) => {
    const { list, removed } = removeSection(sections, index);
    if (!removed) return;
    // Focus moves before the section goes, so it does not fall to the top of the page: to the next
    // section's Remove button (the keyboard can go on removing), not into a text field, where
    // Ctrl+Z would undo typing instead of the removal the notice offers to undo.
    const next = sectionAfterRemoval(sections, index);
    (next ? removeButtons.current.get(next) : heading.current)?.focus();
    setSections(list);
    notifyWithUndo({ message: removedSectionMessage(removed.section), undo: async () => restoreLater(removed) });
  };

  const discard = () => {
    focusNext.current = 'heading';
    setSections(saved);
  };

  return { sections, setSections, heading, titleRef, removeRef, add, remove, discard };
}
