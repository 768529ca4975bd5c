// Probes that run inside the page, so the figures are the browser's own clock and
// never include a Playwright round trip. Each is passed to Playwright as a function
// and serialised: no imports or closures over this module.

// tsx compiles with keepNames, which wraps functions in `__name(...)`; a probe serialised into the
// page needs this init script first.
export const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn;';

/** A data row of the virtualised procedure log (the header row has aria-rowindex too, but sits in thead). */
export const PROCEDURE_ROW = '[data-testid="procedure-log-scroll"] tbody tr[aria-rowindex]';

export interface FirstRowProbe {
  /** performance.now() (ms since navigation start) when the first match (a data row) was in the DOM. */
  rowAt: number;
  /** The frame after that, when it has been painted and responds to input. */
  paintedAt: number;
}

declare global {
  interface Window {
    __irmpFirstRow?: FirstRowProbe;
    __irmpAction?: ActionProbe;
  }
}

/** Init script: records when the first element matching `selector` appears, from navigation start. */
export function installFirstRowProbe(selector: string): void {
  const probe: FirstRowProbe = { rowAt: -1, paintedAt: -1 };
  window.__irmpFirstRow = probe;
  const check = () => {
    if (probe.rowAt >= 0 || !document.querySelector(selector)) return;
    probe.rowAt = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (probe.paintedAt = performance.now()), 0));
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}

declare global {
  interface Window {
    __irmpLastChange?: number;
  }
}

/** Init script: remembers when the page's DOM last changed, to tell when a section has finished rendering. */
export function installLastChangeProbe(): void {
  window.__irmpLastChange = 0;
  new MutationObserver(() => (window.__irmpLastChange = performance.now())).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    characterData: true,
  });
}

/** True once nothing is loading and the DOM has been still for `quietMs`. */
export function sectionSettled(quietMs: number): boolean {
  return !document.querySelector('[aria-label^="Loading"]') && performance.now() - (window.__irmpLastChange ?? 0) > quietMs;
}

/** The applicant's rank list on the ranking page. */
export const RANK_LIST = 'ol[aria-label="Your rank list"]';

export interface ActionProbe {
  /** The event's own timestamp (same clock as performance.now()). */
  at: number;
  /** The last DOM change inside the watched elements after it. */
  changedAt: number;
  /** The frame after that change: the result is on screen. */
  paintedAt: number;
}

/**
 * Times a user action by what it changes: from the timestamp of the `event` on `target` (a key
 * in the search box; a click anywhere, for null) to the last DOM change inside an element matching
 * `watched` (a selector list; the element may not exist yet, as a tab's content does not), and to
 * the frame after it. Changes elsewhere (a hidden tab rendering in idle time, a save badge) are
 * not counted: the figure is what the user waits for.
 */
export function installActionProbe(args: { event: 'keydown' | 'click'; target: string | null; watched: string }): void {
  const probe: ActionProbe = { at: -1, changedAt: -1, paintedAt: -1 };
  window.__irmpAction = probe;
  const target = args.target === null ? document : document.querySelector(args.target)!;
  target.addEventListener(
    args.event,
    (event) => {
      probe.at = event.timeStamp;
      probe.changedAt = -1;
      probe.paintedAt = -1;
    },
    { capture: true },
  );
  const inside = (node: Node) => {
    const element = node instanceof Element ? node : node.parentElement;
    return element !== null && (element.closest(args.watched) !== null || element.querySelector(args.watched) !== null);
  };
  new MutationObserver((records) => {
    if (probe.at < 0 || !records.some((record) => inside(record.target))) return;
    const at = performance.now();
    probe.changedAt = at;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (probe.changedAt === at) probe.paintedAt = performance.now();
      }, 0),
    );
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
}

/** True once the action's change has been painted and nothing watched has changed for `quietMs`. */
export function actionSettled(quietMs: number): boolean {
  const probe = window.__irmpAction!;
  return probe.paintedAt >= 0 && performance.now() - probe.changedAt > quietMs;
}
