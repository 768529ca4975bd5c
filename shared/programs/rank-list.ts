import type { Program } from './program-schema';
import { placeSpans, type Place } from './tied-places';

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
  /** Place in your list, counting only programs the computed ranking holds. */
  yourRank: number;
  /** The computed place, shared by tied programs (#5= for four programs covers 5 to 8). */
  computedPlace: number;
  tied: boolean;
  /**
   * How far outside its computed place's span your position is: positive when the computed
   * ranking puts the program higher than you do, 0 anywhere inside the span.
   */
  placesHigherInComputed: number;
}

/** A program in the computed ranking with its place as the ranking card shows it. */
export interface ComputedEntry {
  id: string;
  place: Place;
}

/**
 * Each program's place in the applicant's list as the list numbers it: programs in the match are
 * counted 1, 2, 3…; a withdrawn one (`isWithdrawn`) is left unnumbered (null) and shifts nothing.
 * The comparison with the computed ranking counts the same way, so its arrows match the numbers shown.
 */
export function yourListPlaces(order: readonly string[], isWithdrawn: (id: string) => boolean): Map<string, number | null> {
  const places = new Map<string, number | null>();
  let place = 0;
  for (const id of order) places.set(id, isWithdrawn(id) ? null : (place += 1));
  return places;
}

/**
 * Where each program sits in the applicant's order and in the computed one. Programs the computed
 * ranking leaves out (withdrawn ones) are skipped when counting places, so one of them high on the
 * applicant's list does not make every program below it look moved. Programs tied in the computed
 * ranking may sit anywhere in the positions their shared place covers without counting as moved.
 */
export function compareWithComputed(
  yourOrder: readonly string[],
  computed: readonly ComputedEntry[],
): Map<string, RankDifference> {
  const spans = placeSpans(computed.map((entry) => entry.place));
  const byId = new Map(computed.map((entry, index) => [entry.id, { place: entry.place, span: spans[index]! }]));
  const yourPlaces = yourListPlaces(yourOrder, (id) => !byId.has(id));
  const differences = new Map<string, RankDifference>();
  for (const [id, yourRank] of yourPlaces) {
    const entry = byId.get(id);
    if (entry === undefined || yourRank === null) continue;
    const { from, to } = entry.span;
    const shift = yourRank > to ? yourRank - to : yourRank < from ? yourRank - from : 0;
    differences.set(id, { yourRank, computedPlace: entry.place.place, tied: entry.place.tied, placesHigherInComputed: shift });
  }
  return differences;
}

/** How many compared programs sit outside their computed place; withdrawn ones are never compared. */
export function countPlacedElsewhere(differences: ReadonlyMap<string, RankDifference>): number {
  let count = 0;
  for (const difference of differences.values()) if (difference.placesHigherInComputed !== 0) count += 1;
  return count;
}
