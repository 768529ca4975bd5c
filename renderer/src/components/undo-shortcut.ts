/**
 * Ctrl+Z (⌘Z on a Mac) undoes the newest change offered in an Undo notice. The notice sits in a
 * corner the Tab order only reaches after the whole page, so the shortcut is the keyboard's way
 * to it. A text field keeps the key for its own typing undo.
 */

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** How the shortcut is written in the notice: "Ctrl+Z", or "⌘Z" on a Mac. */
export const undoShortcutLabel = () => (isMac() ? '⌘Z' : 'Ctrl+Z');

/** For `aria-keyshortcuts`, so a screen reader announces the shortcut with the button. */
export const undoShortcutAria = () => (isMac() ? 'Meta+Z' : 'Control+Z');

export function isUndoShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  const command = isMac() ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return command && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z';
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', '']);

/** Whether the key goes to typed text: a text box, a text area or an editable element. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}
