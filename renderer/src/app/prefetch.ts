/**
 * One request started before the page that needs it has loaded: at startup the app knows
 * the section it opens on, so it asks for that section's data while the page's code and the
 * shell are still loading. The first query for the same loader takes the answer; any query
 * takes the slot, so an answer is never used later, when it could be stale.
 */
interface Slot {
  load: () => Promise<unknown>;
  pending: Promise<unknown>;
  /** Set once the answer has arrived, so the page can render with it at once. */
  arrived?: { value: unknown };
}

let slot: Slot | null = null;

export function prefetchQuery(load: () => Promise<unknown>): void {
  const pending = load();
  const next: Slot = { load, pending };
  pending.then(
    (value) => {
      next.arrived = { value };
    },
    () => undefined, // the query that takes it reports the failure
  );
  slot = next;
}

/** The prefetched answer for `load`, if it is the one waiting; empties the slot either way. */
export function takePrefetched<T>(load: () => Promise<T>): Promise<T> | undefined {
  const taken = slot;
  slot = null;
  return taken?.load === load ? (taken.pending as Promise<T>) : undefined;
}

/**
 * The prefetched answer for `load` if it has already arrived, leaving the slot as it is (a render
 * may run twice; the query's effect takes the slot).
 */
export function prefetchedIfArrived<T>(load: () => Promise<T>): { value: T } | undefined {
  return slot?.load === load ? (slot.arrived as { value: T } | undefined) : undefined;
}
