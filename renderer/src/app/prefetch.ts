/**
 * One request started before the page that needs it has loaded: at startup the app knows
 * the section it opens on, so it asks for that section's data while the page's code and the
 * shell are still loading. The first query for the same loader takes the answer; any query
 * takes the slot, so an answer is never used later, when it could be stale.
 */
let slot: { load: () => Promise<unknown>; pending: Promise<unknown> } | null = null;

export function prefetchQuery(load: () => Promise<unknown>): void {
  const pending = load();
  pending.catch(() => undefined); // the query that takes it reports the failure
  slot = { load, pending };
}

/** The prefetched answer for `load`, if it is the one waiting; empties the slot either way. */
export function takePrefetched<T>(load: () => Promise<T>): Promise<T> | undefined {
  const taken = slot;
  slot = null;
  return taken?.load === load ? (taken.pending as Promise<T>) : undefined;
}
