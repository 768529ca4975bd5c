import { focusWasLost } from '../components/focus-lost';

/**
 * Long enough for a dialog to close, or a page to reload its data after the whole document changed,
 * even on a busy machine. Generous, because steering ends as soon as the user moves focus or clicks.
 */
const SETTLE_MS = 15_000;

/**
 * Puts keyboard focus on `find()` each time it falls to the page during the next moments: a dialog
 * closing returns focus to a button that may be disabled or gone, and a page may render twice (a
 * loader, then its content). Never takes focus from where the user has gone since, and stops once
 * they have gone somewhere (focus moved elsewhere, or a click), so a later action (a save that
 * disables its button for a moment) handles its own focus.
 */
export function refocusWhileSettling(find: () => HTMLElement | null | undefined, settleMs = SETTLE_MS): void {
  const refocus = () => {
    if (focusWasLost()) find()?.focus();
  };
  const observer = new MutationObserver(refocus);
  const movedOn = (event: Event) => {
    if (event.type === 'pointerdown' || event.target !== find()) stop();
  };
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    document.removeEventListener('focusin', movedOn, true);
    document.removeEventListener('pointerdown', movedOn, true);
  };
  refocus();
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
  const timer = setTimeout(stop, settleMs);
  document.addEventListener('focusin', movedOn, true);
  document.addEventListener('pointerdown', movedOn, true);
}

/** The open page's heading, made focusable (it is not in the tab order). */
function pageHeading(): HTMLElement | null {
  const heading = document.querySelector<HTMLElement>('main h2');
  if (heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  return heading;
}

/** After the data is replaced whole (the sample loaded or cleared): the button pressed is gone, so focus goes to the page heading. */
export function focusPageHeadingWhileSettling(): void {
  refocusWhileSettling(pageHeading);
}
