import {
  erasEntriesWithoutPoint,
  erasEntriesWithPointBack,
  outlineWithoutPoint,
  outlineWithPointBack,
  type RemovedTalkingPoint,
} from '../../../../shared/statement/statement-mutations';
import type { ErasEntry, OutlineSection } from '../../../../shared/statement/statement-schema';
import { editKeeper } from '../../app/edit-keeper';
import type { Workspace } from './load-workspace';

/** Draft text typed but not saved yet, kept while the user looks at another section. */
export const unsavedDraft = editKeeper<string>('the statement draft');

/** Outline changes not saved yet, kept the same way. */
export const unsavedOutline = editKeeper<readonly OutlineSection[]>('the statement outline');

/** Unsaved edits to the ERAS entries (ERAS experiences page), kept the same way. */
export const unsavedErasEntries = editKeeper<ErasEntry[]>('the ERAS experiences');

/**
 * A talking point was deleted: the saved outline and ERAS entries lost it, so the unsaved edits
 * to them lose it too and still apply. Call once the delete is saved, before the reload.
 */
export function carryPointDeletion(pointId: string): void {
  unsavedOutline.carry((outline) => outlineWithoutPoint(outline, pointId));
  unsavedErasEntries.carry((entries) => erasEntriesWithoutPoint(entries, pointId));
}

/** The delete was undone: the point goes back into the unsaved edits where it goes back in the saved data. */
export function carryPointRestore(removed: RemovedTalkingPoint): void {
  unsavedOutline.carry((outline) => outlineWithPointBack(outline, removed));
  unsavedErasEntries.carry((entries) => erasEntriesWithPointBack(entries, removed));
}

/** The workspace as the user sees it: the saved statement with the draft and outline edits on screen. */
export function asOnScreen(workspace: Workspace): Workspace {
  const { statement } = workspace;
  const text = unsavedDraft.restore(statement.draft.text);
  const outline = unsavedOutline.restore(statement.outline);
  if (text === null && outline === null) return workspace;
  return {
    ...workspace,
    statement: { ...statement, draft: { ...statement.draft, text: text ?? statement.draft.text }, outline: outline ? [...outline] : statement.outline },
  };
}
