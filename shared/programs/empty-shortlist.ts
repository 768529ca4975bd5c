import { DEFAULT_PROGRAMS_COLLECTIONS, type ProgramsCollections } from './program-schema';

/** A fresh copy each call, so no two documents share arrays with the defaults. */
export function emptyShortlist(): ProgramsCollections {
  return structuredClone(DEFAULT_PROGRAMS_COLLECTIONS);
}
