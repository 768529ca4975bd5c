import { rankRows, type FactorMatrix, weightVector } from './scoring';
import type { RankingWeights } from './ranking-weights';

/** Small seeded PRNG (mulberry32): the same seed gives the same runs, so results can be tested and shared. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface StabilityOptions {
  runs?: number;
  /** Each weight is multiplied by a random factor in [1 - spread, 1 + spread]. */
  spread?: number;
  seed?: number;
}

/**
 * Places, not list positions: programs whose shown scores are equal share a place (see
 * tiedPlaces), in the base ranking and in every run, as the ranking card shows them.
 */
export interface ProgramStability {
  id: string;
  basePlace: number;
  /** True when another program shares its base place. */
  tied: boolean;
  /** Share of runs (0..1) in which the program kept its base place. */
  keptBasePlaceShare: number;
  minPlace: number;
  maxPlace: number;
}

export interface StabilityReport {
  runs: number;
  spread: number;
  seed: number;
  /** In base-ranking order. */
  programs: ProgramStability[];
}

/**
 * How much the ranking depends on the exact weights: nudge every weight at random, re-rank,
 * and count how often each program keeps its place (sharing the same place counts). Works
 * on the precomputed factor matrix, so no program is evaluated again.
 */
export function stabilityTest(
  matrix: FactorMatrix,
  weights: RankingWeights,
  { runs = 1000, spread = 0.3, seed = 1 }: StabilityOptions = {},
): StabilityReport {
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs must be a whole number of 1 or more (got ${runs})`);
  if (!(spread >= 0 && spread <= 1)) throw new Error(`spread must be between 0 and 1 (got ${spread})`);

  const n = matrix.ids.length;
  const base = weightVector(weights);
  const scores = new Float64Array(n);
  const shown = new Float64Array(n);
  const order = new Uint32Array(n);

  rankRows(matrix, base, scores, order, false, shown);
  const baseOrder = Uint32Array.from(order);
  const basePlace = new Uint32Array(n);
  const place = new Uint32Array(n);
  placesByRow(order, shown, basePlace);
  const baseTied = tiedRows(order, shown);

  const kept = new Uint32Array(n);
  const minPlace = Uint32Array.from(basePlace);
  const maxPlace = Uint32Array.from(basePlace);
  const perturbed = new Float64Array(base.length);
  const random = mulberry32(seed);

  for (let run = 0; run < runs; run++) {
    for (let j = 0; j < base.length; j++) perturbed[j] = base[j]! * (1 - spread + 2 * spread * random());
    order.set(baseOrder);
    rankRows(matrix, perturbed, scores, order, true, shown);
    placesByRow(order, shown, place);
    for (let row = 0; row < n; row++) {
      const p = place[row]!;
      if (p === basePlace[row]) kept[row]!++;
      if (p < minPlace[row]!) minPlace[row] = p;
      if (p > maxPlace[row]!) maxPlace[row] = p;
    }
  }

  const programs = Array.from(baseOrder, (row) => ({
    id: matrix.ids[row]!,
    basePlace: basePlace[row]!,
    tied: baseTied[row] === 1,
    keptBasePlaceShare: kept[row]! / runs,
    minPlace: minPlace[row]!,
    maxPlace: maxPlace[row]!,
  }));
  return { runs, spread, seed, programs };
}

/** Each row's place in `order` (as tiedPlaces gives it), from the shown scores by row, written into `into` by row. */
function placesByRow(order: Uint32Array, shown: Float64Array, into: Uint32Array): void {
  let previousShown = NaN;
  let currentPlace = 0;
  for (let position = 0; position < order.length; position++) {
    const row = order[position]!;
    const score = shown[row]!;
    if (score !== previousShown) currentPlace = position + 1;
    previousShown = score;
    into[row] = currentPlace;
  }
}

/** 1 for each row that shares its place with another, by row. */
function tiedRows(order: Uint32Array, shown: Float64Array): Uint8Array {
  const tied = new Uint8Array(order.length);
  for (let position = 1; position < order.length; position++) {
    const row = order[position]!;
    const previous = order[position - 1]!;
    if (shown[row] === shown[previous]) tied[row] = tied[previous] = 1;
  }
  return tied;
}
