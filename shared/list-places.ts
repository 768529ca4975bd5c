import { AppFailure } from './result';

/*
 * Taking an item out of a list with its place, and putting it back there: what a delete with
 * Undo does to any ordered list of the document.
 */

/**
 * `list` without the item of `id`, with that item and its place (so an Undo can put it back
 * there); refused as not found, in the words of `missing`, when it is not in the list.
 */
export function removeById<T extends { id: string }>(list: readonly T[], id: string, missing: string): { rest: T[]; item: T; index: number } {
  const index = list.findIndex((candidate) => candidate.id === id);
  const item = list[index];
  if (!item) throw new AppFailure('not-found', missing);
  return { rest: list.filter((candidate) => candidate.id !== id), item, index };
}

/** A copy of `list` with `item` back at `index`, or at the end when the list has since grown shorter. */
export function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const next = [...list];
  next.splice(Math.min(index, next.length), 0, item);
  return next;
}
