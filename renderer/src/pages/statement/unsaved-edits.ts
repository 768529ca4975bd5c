import type { OutlineSection } from '../../../../shared/statement/statement-schema';
import { editKeeper } from '../../app/edit-keeper';
import type { Workspace } from './load-workspace';

/** Draft text typed but not saved yet, kept while the user looks at another section. */
export const unsavedDraft = editKeeper<string>('the statement draft');

/** Outline changes not saved yet, kept the same way. */
export const unsavedOutline = editKeeper<readonly OutlineSection[]>('the statement outline');

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
