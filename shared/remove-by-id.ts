import { AppFailure } from './result';

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
