import type { Program } from './program-schema';

/**
 * The applicant's order with every program exactly once: ids of deleted programs are
 * dropped and programs missing from the order join at the bottom in list order. Saving
 * the order requires a complete list, so the rank list always starts from this.
 */
export function completeRankOrder(rankOrder: readonly string[], programs: readonly Pick<Program, 'id'>[]): string[] {
  const known = new Set(programs.map((program) => program.id));
  const seen = new Set<string>();
  const ordered = rankOrder.filter((id) => known.has(id) && !seen.has(id) && seen.add(id));
  return [...ordered, ...programs.map((program) => program.id).filter((id) => !seen.has(id))];
}

/** A copy of `ids` with the item at `from` moved to `to`; the same array when nothing moves. */
export function moveRankItem(ids: readonly string[], from: number, to: number): readonly string[] {
  if (from === to || from < 0 || to < 0 || from >= ids.length || to >= ids.length) return ids;
  const next = [...ids];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

export interface RankDifference {
  yourRank: number;
  computedRank: number;
  /** Positive when the computed ranking puts the program higher than you do. */
  placesHigherInComputed: number;
}

/**
 * Where each program sits in the applicant's order and in the computed one. Programs the computed
 * ranking leaves out (withdrawn ones) are skipped when counting places, so one of them high on the
 * applicant's list does not make every program below it look moved.
 */
export function compareWithComputed(
  yourOrder: readonly string[],
  computedOrder: readonly string[],
): Map<string, RankDifference> {
  const computedRank = new Map(computedOrder.map((id, index) => [id, index + 1]));
  const differences = new Map<string, RankDifference>();
  let yourRank = 0;
  for (const id of yourOrder) {
    const computed = computedRank.get(id);
    if (computed === undefined) continue;
    yourRank += 1;
    differences.set(id, { yourRank, computedRank: computed, placesHigherInComputed: yourRank - computed });
  }
  return differences;
}
