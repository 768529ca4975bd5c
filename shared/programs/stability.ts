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

export interface ProgramStability {
  id: string;
  baseRank: number;
  /** Share of runs (0..1) in which the program kept its base rank. */
  keptBaseRankShare: number;
  minRank: number;
  maxRank: number;
}

export interface StabilityReport {
  runs: number;
  spread: number;
  seed: number;
  /** In base-rank order. */
  programs: ProgramStability[];
}

/**
 * How much the ranking depends on the exact weights: nudge every weight at random, re-rank,
 * and count how often each program stays put. Works on the precomputed factor matrix, so
 * no program is evaluated again.
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
  const order = new Uint32Array(n);

  rankRows(matrix, base, scores, order);
  const baseOrder = Uint32Array.from(order);
  const baseRank = new Uint32Array(n);
  for (let position = 0; position < n; position++) baseRank[order[position]!] = position + 1;

  const kept = new Uint32Array(n);
  const minRank = Uint32Array.from(baseRank);
  const maxRank = Uint32Array.from(baseRank);
  const perturbed = new Float64Array(base.length);
  const random = mulberry32(seed);

  for (let run = 0; run < runs; run++) {
    for (let j = 0; j < base.length; j++) perturbed[j] = base[j]! * (1 - spread + 2 * spread * random());
    order.set(baseOrder);
    rankRows(matrix, perturbed, scores, order, true);
    for (let position = 0; position < n; position++) {
      const row = order[position]!;
      const rank = position + 1;
      if (rank === baseRank[row]) kept[row]!++;
      if (rank < minRank[row]!) minRank[row] = rank;
      if (rank > maxRank[row]!) maxRank[row] = rank;
    }
  }

  const programs = Array.from({ length: n }, (_, row) => ({
    id: matrix.ids[row]!,
    baseRank: baseRank[row]!,
    keptBaseRankShare: kept[row]! / runs,
    minRank: minRank[row]!,
    maxRank: maxRank[row]!,
  })).sort((a, b) => a.baseRank - b.baseRank);
  return { runs, spread, seed, programs };
}
