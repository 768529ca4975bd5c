import type { CaseMixStrength } from './case-mix-categories';
import { perYearLevel, CASE_VOLUME_BENCHMARKS, type PerYearLevel } from './case-volume';
import { evaluateProgram, type EvaluationContext, type ProgramEvaluation } from './evaluation';
import type { Program } from './program-schema';
import { SCORE_FACTORS, type RankingWeights, type ScoreFactor } from './ranking-weights';

/** Same ids as the profile's career interest (`shared/schema/profile.ts`). */
export type CareerInterest = 'community' | 'academic' | 'undecided';

/** A factor value from 0 (worst) to 1 (best), or null when the applicant does not know yet. */
export type FactorValues = Record<ScoreFactor, number | null>;

/**
 * Unknown factors count as exactly neutral. Scoring them 0 would punish a program for what
 * the applicant has not asked yet; leaving them out would let one good fact carry a program
 * full of gaps to the top. The unknowns list and interview sheet chase the gaps instead,
 * and the breakdown marks every neutral stand-in.
 */
export const UNKNOWN_FACTOR_VALUE = 0.5;

const STRENGTH_VALUE: Record<Exclude<CaseMixStrength, 'unknown'>, number> = { none: 0, some: 0.6, strong: 1 };
const PER_YEAR_VALUE: Record<Exclude<PerYearLevel, 'unknown'>, number> = { low: 0.3, busy: 0.6, high: 0.85 };
/** An estimate from a departmental figure is worth less than a number residents stand behind. */
export const ESTIMATE_DISCOUNT = 0.8;

const mean = (values: (number | null)[]): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
};

function residentVolumeValue(e: ProgramEvaluation): number | null {
  // Figures that contradict each other say nothing reliable; the flag asks to check them.
  if (e.caseVolume.mismatches?.length) return null;
  const total = e.volumeFigures['resident-graduation-total']?.value;
  const { floor, strongFrom, strongTypicalUpTo } = CASE_VOLUME_BENCHMARKS.graduationTotal;
  if (total !== undefined) {
    if (total < floor) return 0.4 * (total / floor);
    if (total < strongFrom) return 0.5 + 0.2 * ((total - floor) / (strongFrom - floor));
    return 0.75 + 0.25 * Math.min(1, (total - strongFrom) / (strongTypicalUpTo - strongFrom));
  }
  if (e.caseVolume.perYearLevel !== 'unknown') return PER_YEAR_VALUE[e.caseVolume.perYearLevel];
  if (e.estimate) {
    const level = perYearLevel(e.estimate.perLearnerAnnual);
    return level === 'unknown' ? null : PER_YEAR_VALUE[level] * ESTIMATE_DISCOUNT;
  }
  return null;
}

function caseMixBreadthValue(e: ProgramEvaluation): number | null {
  const { breadth, outOf, unknownCount } = e.caseMix;
  if (unknownCount === outOf) return null;
  // Breadth counts categories present; unknown ones sit at neutral rather than at zero.
  return (breadth + UNKNOWN_FACTOR_VALUE * unknownCount) / outOf;
}

function advancedExposureValue(e: ProgramEvaluation): number | null {
  return mean(e.caseMix.advanced.map((a) => (a.effective === 'unknown' ? null : STRENGTH_VALUE[a.effective])));
}

const AUTONOMY_BY_PGY: Record<number, number> = { 2: 1, 3: 0.9, 4: 0.75, 5: 0.5, 6: 0.25 };

function autonomyValue(e: ProgramEvaluation): number | null {
  if (e.autonomy.level === 'assist-only') return 0.1;
  if (e.autonomy.primaryOperatorFromPgy === null) return null;
  return AUTONOMY_BY_PGY[e.autonomy.primaryOperatorFromPgy] ?? null;
}

const LEVEL_VALUE = {
  competition: { low: 1, moderate: 0.6, heavy: 0.2 },
  img: { friendly: 1, possible: 0.6, unlikely: 0.1 },
  transparency: { specific: 1, mixed: 0.6, vague: 0.3, evasive: 0 },
} as const;

function academicSignals(e: ProgramEvaluation): number | null {
  const ctx = e.institutionalContext;
  return mean(
    [ctx.tertiaryReferral, ctx.nciCancerCenter, ctx.transplantCenter, ctx.independentFellowship].map((v) =>
      v === null ? null : v ? 1 : 0,
    ),
  );
}

/**
 * Community practice rewards repetition and early independence; academic practice rewards
 * complex referral work, research settings and breadth.
 */
function careerFitValue(values: Omit<FactorValues, 'careerFit'>, e: ProgramEvaluation, interest: CareerInterest) {
  const community = mean([values.residentVolume, values.autonomy]);
  const academic = mean([academicSignals(e), values.caseMixBreadth]);
  if (interest === 'community') return community;
  if (interest === 'academic') return academic;
  return mean([community, academic]);
}

/** Every factor's value for one program; compute once, score under many weightings. */
export function factorValues(e: ProgramEvaluation, careerInterest: CareerInterest): FactorValues {
  const partial = {
    residentVolume: residentVolumeValue(e),
    caseMixBreadth: caseMixBreadthValue(e),
    advancedExposure: advancedExposureValue(e),
    autonomy: autonomyValue(e),
    competition: e.competition.level === 'unknown' ? null : LEVEL_VALUE.competition[e.competition.level],
    imgFriendliness: e.imgFriendliness.level === 'unknown' ? null : LEVEL_VALUE.img[e.imgFriendliness.level],
    transparency: e.transparency.level === 'unknown' ? null : LEVEL_VALUE.transparency[e.transparency.level],
    location: e.locationPreference === null ? null : e.locationPreference / 5,
    personalRating: e.personalRating === null ? null : e.personalRating / 5,
  };
  return { ...partial, careerFit: careerFitValue(partial, e, careerInterest) };
}

export interface ScoreBreakdownEntry {
  factor: ScoreFactor;
  /** Null when unknown; `used` then holds the neutral stand-in. */
  value: number | null;
  used: number;
  weight: number;
  /** Points out of 100 this factor adds; the entries sum to the total. */
  contribution: number;
}

export interface ProgramScore {
  total: number;
  breakdown: ScoreBreakdownEntry[];
}

export function scoreFactorValues(values: FactorValues, weights: RankingWeights): ProgramScore {
  const weightSum = SCORE_FACTORS.reduce((sum, f) => sum + weights[f], 0);
  const breakdown = SCORE_FACTORS.map((factor): ScoreBreakdownEntry => {
    const value = values[factor];
    const used = value ?? UNKNOWN_FACTOR_VALUE;
    const weight = weights[factor];
    return { factor, value, used, weight, contribution: weightSum === 0 ? 0 : (100 * weight * used) / weightSum };
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
  return scoreFactorValues(factorValues(evaluation, careerInterest), weights);
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
 * Weighted sums into `scores` and the sorted row order into `order`, best first. The
 * buffers are passed in so the stability test can reuse them across a thousand runs.
 * Sums are not divided by the weight total: that would not change the order.
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
): void {
  const { values, factorCount, tieOrder } = matrix;
  const n = matrix.ids.length;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    const base = i * factorCount;
    for (let j = 0; j < factorCount; j++) sum += values[base + j]! * weights[j]!;
    scores[i] = sum;
  }
  if (!warmStart) {
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => scores[b]! - scores[a]! || tieOrder[a]! - tieOrder[b]!);
    return;
  }
  for (let i = 1; i < n; i++) {
    const row = order[i]!;
    const score = scores[row]!;
    const tie = tieOrder[row]!;
    let k = i - 1;
    while (k >= 0) {
      const other = order[k]!;
      const otherScore = scores[other]!;
      if (otherScore > score || (otherScore === score && tieOrder[other]! < tie)) break;
      order[k + 1] = other;
      k--;
    }
    order[k + 1] = row;
  }
}

export interface RankedProgram {
  program: Program;
  evaluation: ProgramEvaluation;
  values: FactorValues;
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
  const values = evaluations.map((e) => factorValues(e, careerInterest));
  const matrix = buildFactorMatrix(programs.map((p, i) => ({ id: p.id, name: p.name, values: values[i]! })));
  const scores = new Float64Array(programs.length);
  const order = new Uint32Array(programs.length);
  return {
    matrix,
    rank(weights) {
      rankRows(matrix, weightVector(weights), scores, order);
      return Array.from(order, (row, position) => ({
        program: programs[row]!,
        evaluation: evaluations[row]!,
        values: values[row]!,
        score: scoreFactorValues(values[row]!, weights),
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
