import { evaluateProgram, type EvaluationContext, type ProgramEvaluation } from './evaluation';
import {
  factorReadings,
  UNKNOWN_FACTOR_VALUE,
  type CareerInterest,
  type FactorNotes,
  type FactorValues,
} from './factor-values';
import type { Program } from './program-schema';
import { SCORE_FACTORS, type RankingWeights, type ScoreFactor } from './ranking-weights';
import { shownScore } from './tied-places';

export {
  factorReadings,
  factorValues,
  UNKNOWN_FACTOR_VALUE,
  type CareerInterest,
  type FactorNotes,
  type FactorReadings,
  type FactorValues,
} from './factor-values';

export interface ScoreBreakdownEntry {
  factor: ScoreFactor;
  /** Null when unknown; `used` then holds the neutral stand-in. */
  value: number | null;
  used: number;
  weight: number;
  /** Points out of 100 this factor adds; the entries sum to the total. */
  contribution: number;
  /** Why it scores what it does, when the facts alone do not say (an estimate, a warning sign). */
  note: string | null;
}

export interface ProgramScore {
  total: number;
  breakdown: ScoreBreakdownEntry[];
}

export function scoreFactorValues(values: FactorValues, weights: RankingWeights, notes: FactorNotes = {}): ProgramScore {
  const weightSum = SCORE_FACTORS.reduce((sum, f) => sum + weights[f], 0);
  const breakdown = SCORE_FACTORS.map((factor): ScoreBreakdownEntry => {
    const value = values[factor];
    const used = value ?? UNKNOWN_FACTOR_VALUE;
    const weight = weights[factor];
    const contribution = weightSum === 0 ? 0 : (100 * weight * used) / weightSum;
    return { factor, value, used, weight, contribution, note: notes[factor] ?? null };
  });
  return { total: breakdown.reduce((sum, b) => sum + b.contribution, 0), breakdown };
}

const isEvaluation = (x: Program | ProgramEvaluation): x is ProgramEvaluation => 'caseVolume' in x;

export function scoreProgram(
  subject: Program | ProgramEvaluation,
  weights: RankingWeights,
  careerInterest: CareerInterest,
): ProgramScore {
  const evaluation = isEvaluation(subject) ? subject : evaluateProgram(subject);
  const { values, notes } = factorReadings(evaluation, careerInterest);
  return scoreFactorValues(values, weights, notes);
}

// ---- Ranking many programs ------------------------------------------------------------

/**
 * Factor values for many programs in one flat array (row = program, column = factor),
 * unknowns already replaced by the neutral value, so re-ranking is only multiply and sort.
 */
export interface FactorMatrix {
  ids: string[];
  factorCount: number;
  values: Float64Array;
  /** Position of each program in name order; breaks score ties the same way every time. */
  tieOrder: Uint32Array;
}

export function buildFactorMatrix(rows: readonly { id: string; name: string; values: FactorValues }[]): FactorMatrix {
  const factorCount = SCORE_FACTORS.length;
  const values = new Float64Array(rows.length * factorCount);
  rows.forEach((row, i) => {
    SCORE_FACTORS.forEach((f, j) => {
      values[i * factorCount + j] = row.values[f] ?? UNKNOWN_FACTOR_VALUE;
    });
  });
  const byName = rows.map((_, i) => i).sort((a, b) => rows[a]!.name.localeCompare(rows[b]!.name) || a - b);
  const tieOrder = new Uint32Array(rows.length);
  byName.forEach((rowIndex, position) => {
    tieOrder[rowIndex] = position;
  });
  return { ids: rows.map((r) => r.id), factorCount, values, tieOrder };
}

export function weightVector(weights: RankingWeights): Float64Array {
  return Float64Array.from(SCORE_FACTORS, (f) => weights[f]);
}

/**
 * Scores out of 100 into `scores` and the sorted row order into `order`, best first. The
 * buffers are passed in so the stability test can reuse them across a thousand runs.
 * Each score is summed exactly as `scoreFactorValues` sums it, so it is the very number
 * the ranking card shows; programs whose shown scores (to the tenth) are equal are tied,
 * and the tie is broken by name, as the card says.
 *
 * `shown` receives each row's shown score (tenths), for a caller that needs the places too.
 *
 * With `warmStart`, `order` must already hold a near-sorted order (e.g. the base ranking);
 * an insertion sort then costs little more than the few swaps small weight changes cause,
 * where a general sort would pay full price every run.
 */
export function rankRows(
  matrix: FactorMatrix,
  weights: Float64Array,
  scores: Float64Array,
  order: Uint32Array,
  warmStart = false,
  shown: Float64Array = shownBuffer(matrix.ids.length),
): void {
  const { values, factorCount, tieOrder } = matrix;
  const n = matrix.ids.length;
  let weightSum = 0;
  for (let j = 0; j < factorCount; j++) weightSum += weights[j]!;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    const base = i * factorCount;
    // Same operations in the same order as scoreFactorValues, so the totals match to the last bit.
    if (weightSum !== 0) for (let j = 0; j < factorCount; j++) sum += (100 * weights[j]! * values[base + j]!) / weightSum;
    scores[i] = sum;
    shown[i] = shownScore(sum);
  }
  if (!warmStart) {
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => shown[b]! - shown[a]! || tieOrder[a]! - tieOrder[b]!);
    return;
  }
  for (let i = 1; i < n; i++) {
    const row = order[i]!;
    const score = shown[row]!;
    const tie = tieOrder[row]!;
    let k = i - 1;
    while (k >= 0) {
      const other = order[k]!;
      const otherScore = shown[other]!;
      if (otherScore > score || (otherScore === score && tieOrder[other]! < tie)) break;
      order[k + 1] = other;
      k--;
    }
    order[k + 1] = row;
  }
}

/** Shown scores (tenths) by row, reused across the stability test's thousand runs. */
let shownRows = new Float64Array(0);
function shownBuffer(n: number): Float64Array {
  if (shownRows.length < n) shownRows = new Float64Array(n);
  return shownRows;
}

export interface RankedProgram {
  program: Program;
  evaluation: ProgramEvaluation;
  values: FactorValues;
  notes: FactorNotes;
  score: ProgramScore;
  rank: number;
}

export interface ProgramRanker {
  matrix: FactorMatrix;
  rank(weights: RankingWeights): RankedProgram[];
}

/** Evaluates every program once; each `rank(weights)` call only re-weights and sorts. */
export function createProgramRanker(
  programs: readonly Program[],
  careerInterest: CareerInterest,
  context: EvaluationContext = {},
): ProgramRanker {
  const evaluations = programs.map((p) => evaluateProgram(p, context));
  const readings = evaluations.map((e) => factorReadings(e, careerInterest));
  const matrix = buildFactorMatrix(programs.map((p, i) => ({ id: p.id, name: p.name, values: readings[i]!.values })));
  const scores = new Float64Array(programs.length);
  const order = new Uint32Array(programs.length);
  return {
    matrix,
    rank(weights) {
      rankRows(matrix, weightVector(weights), scores, order);
      return Array.from(order, (row, position) => ({
        program: programs[row]!,
        evaluation: evaluations[row]!,
        values: readings[row]!.values,
        notes: readings[row]!.notes,
        score: scoreFactorValues(readings[row]!.values, weights, readings[row]!.notes),
        rank: position + 1,
      }));
    },
  };
}

export function rankPrograms(
  programs: readonly Program[],
  weights: RankingWeights,
  careerInterest: CareerInterest,
): RankedProgram[] {
  return createProgramRanker(programs, careerInterest).rank(weights);
}
