/**
 * Whether keyboard focus has fallen to the page: nothing focused, the body, or an element since
 * removed. Only then may the app put focus somewhere of its choosing, never taking it from where
 * the user has gone.
 */
export function focusWasLost(): boolean {
  const focused = document.activeElement;
  return !focused || focused === document.body || !focused.isConnected;
}
