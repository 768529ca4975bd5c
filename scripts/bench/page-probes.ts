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
    __irmpFilter?: FilterProbe;
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

export interface FilterProbe {
  /** The keydown's own timestamp (same clock as performance.now()). */
  keyAt: number;
  /** The last DOM change in the log table or its count after that key. */
  changedAt: number;
  /** The frame after the last change: the updated rows are on screen. */
  paintedAt: number;
}

/** Watches the log for DOM changes after each keydown in the search box. */
export function installFilterProbe(args: { input: string; watched: string[] }): void {
  const probe: FilterProbe = { keyAt: -1, changedAt: -1, paintedAt: -1 };
  window.__irmpFilter = probe;
  const input = document.querySelector(args.input)!;
  input.addEventListener(
    'keydown',
    (event) => {
      probe.keyAt = event.timeStamp;
      probe.changedAt = -1;
      probe.paintedAt = -1;
    },
    { capture: true },
  );
  const observer = new MutationObserver(() => {
    if (probe.keyAt < 0) return;
    const at = performance.now();
    probe.changedAt = at;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (probe.changedAt === at) probe.paintedAt = performance.now();
      }, 0),
    );
  });
  for (const selector of args.watched) {
    observer.observe(document.querySelector(selector)!, { childList: true, subtree: true, characterData: true, attributes: true });
  }
}

/** True once the log has changed, been painted, and stayed quiet for `quietMs`. */
export function filterSettled(quietMs: number): boolean {
  const probe = window.__irmpFilter!;
  return probe.paintedAt >= 0 && performance.now() - probe.changedAt > quietMs;
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

export interface ClickProbe {
  /** The click's own timestamp (same clock as performance.now()). */
  clickAt: number;
  /** The last DOM change inside the watched element after that click. */
  changedAt: number;
  /** The frame after that change. */
  paintedAt: number;
}

declare global {
  interface Window {
    __irmpClick?: ClickProbe;
  }
}

/**
 * Times clicks by what they change inside `watched` (which may not exist yet: a tab's content
 * appears after the click on the tab). Changes elsewhere (a hidden tab rendering in idle time,
 * a save badge) are not counted: the figure is what the user waits for.
 */
export function installClickProbe(watched: string): void {
  const probe: ClickProbe = { clickAt: -1, changedAt: -1, paintedAt: -1 };
  window.__irmpClick = probe;
  document.addEventListener(
    'click',
    (event) => {
      probe.clickAt = event.timeStamp;
      probe.changedAt = -1;
      probe.paintedAt = -1;
    },
    { capture: true },
  );
  const inside = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest(watched) ?? (node instanceof Element ? node.querySelector(watched) : null);
  new MutationObserver((records) => {
    if (probe.clickAt < 0 || !records.some((record) => inside(record.target))) return;
    const at = performance.now();
    probe.changedAt = at;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (probe.changedAt === at) probe.paintedAt = performance.now();
      }, 0),
    );
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
}

/** True once the click's change has been painted and nothing in the watched element has changed for `quietMs`. */
export function clickSettled(quietMs: number): boolean {
  const probe = window.__irmpClick!;
  return probe.paintedAt >= 0 && performance.now() - probe.changedAt > quietMs;
}
