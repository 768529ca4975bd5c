import { focusWasLost } from '../components/focus-lost';

/** Long enough for a dialog to close, or a page to reload its data after the whole document changed. */
const SETTLE_MS = 3000;

/**
 * Puts keyboard focus on `find()` each time it falls to the page during the next moments: a dialog
 * closing returns focus to a button that may be disabled or gone, and a page may render twice (a
 * loader, then its content). Never takes focus from where the user has gone since.
 */
export function refocusWhileSettling(find: () => HTMLElement | null | undefined, settleMs = SETTLE_MS): void {
  const refocus = () => {
    if (focusWasLost()) find()?.focus();
  };
  refocus();
  const observer = new MutationObserver(refocus);
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
  setTimeout(() => observer.disconnect(), settleMs);
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
