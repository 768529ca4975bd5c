import { formatCount } from '../format-count';
import { localToday } from '../local-today';
import { isLearnedInFuture } from './learned-on';
import type { Confidence, Program, VolumeFigure, VolumeFigureKind } from './program-schema';

/** The guidance the product is built from, named so the applicant can find it. */
const BENCHMARK_SOURCE = 'the guidance article “Essential Case Volume Evaluation for US Citizen IMGs in Interventional Radiology Residency”';
// The article carries no date; this is the year we read it, and the UI says so.
const BENCHMARK_YEAR = 2026;
const BALLPARK_NOTE = 'Rough, ballpark figures people in IR training cite; no board sets them as requirements.';

/** Benchmarks for what residents log, kept as data so the UI can show where they came from. */
export const CASE_VOLUME_BENCHMARKS = {
  graduationTotal: {
    measure: 'IR procedures a resident has logged by graduation (PGY-2 to PGY-6)',
    floor: 1000,
    strongFrom: 1500,
    strongTypicalUpTo: 2500,
    source: BENCHMARK_SOURCE,
    year: BENCHMARK_YEAR,
    note: `${BALLPARK_NOTE} Under about 1,000 is a warning sign; 1,500 to 2,500 or more is a strong program.`,
  },
  perCoreIrYear: {
    measure: 'IR procedures a resident logs in one core (upper-year) IR year',
    busyFrom: 250,
    busyUpTo: 400,
    source: BENCHMARK_SOURCE,
    year: BENCHMARK_YEAR,
    note: `${BALLPARK_NOTE} 250 to 400 or more is usual at busy centers; call cases add to it.`,
  },
} as const;

export type CaseVolumeLevel = 'below-floor' | 'adequate' | 'strong' | 'unknown';
export type CaseVolumeBasis = 'resident' | 'service-only' | 'none';
export type PerYearLevel = 'low' | 'busy' | 'high' | 'unknown';

export interface CaseVolumeInput {
  graduateTotal?: number;
  perCoreIrYear?: number;
  departmentalAnnual?: number;
}

/**
 * Years a resident can log IR cases in the longest pathway (PGY-2 to PGY-6). A graduation
 * total above this many years of the whole department's work cannot be right.
 */
export const MAX_YEARS_LOGGING = 5;

/** Resident figures a department of the stated size could not produce. */
export type VolumeMismatch = 'per-year-above-department' | 'total-above-department';

export interface CaseVolumeClassification {
  level: CaseVolumeLevel;
  basis: CaseVolumeBasis;
  perYearLevel: PerYearLevel;
  /**
   * Present only when the figures contradict each other. The levels are then 'unknown':
   * one of the numbers is wrong and nothing says which, so neither is read.
   */
  mismatches?: VolumeMismatch[];
}

function assertProcedureCount(field: keyof CaseVolumeInput, value: number | undefined): void {
  if (value === undefined) return;
  if (!Number.isFinite(value) || !Number.isInteger(value) || value < 0) {
    throw new Error(`${field} must be a whole number of procedures, 0 or more (got ${String(value)})`);
  }
}

export function perYearLevel(perCoreIrYear: number | undefined): PerYearLevel {
  if (perCoreIrYear === undefined) return 'unknown';
  const { busyFrom, busyUpTo } = CASE_VOLUME_BENCHMARKS.perCoreIrYear;
  if (perCoreIrYear < busyFrom) return 'low';
  if (perCoreIrYear <= busyUpTo) return 'busy';
  return 'high';
}

function graduationLevel(total: number): CaseVolumeLevel {
  const { floor, strongFrom } = CASE_VOLUME_BENCHMARKS.graduationTotal;
  if (total < floor) return 'below-floor';
  if (total < strongFrom) return 'adequate';
  return 'strong';
}

/** Ways the resident figures exceed what the whole department does. */
export function volumeMismatches(input: CaseVolumeInput): VolumeMismatch[] {
  const { graduateTotal, perCoreIrYear, departmentalAnnual } = input;
  if (departmentalAnnual === undefined) return [];
  const mismatches: VolumeMismatch[] = [];
  if (perCoreIrYear !== undefined && perCoreIrYear > departmentalAnnual) mismatches.push('per-year-above-department');
  if (graduateTotal !== undefined && graduateTotal > departmentalAnnual * MAX_YEARS_LOGGING) {
    mismatches.push('total-above-department');
  }
  return mismatches;
}

/** One plain sentence per mismatch, with the numbers, for flags and questions. */
export function describeVolumeMismatch(mismatch: VolumeMismatch, input: CaseVolumeInput): string {
  const department = formatCount(input.departmentalAnnual ?? 0);
  if (mismatch === 'per-year-above-department') {
    return `a resident is said to log ${formatCount(input.perCoreIrYear ?? 0)} procedures in a core IR year, but the whole department does ${department} a year`;
  }
  return `a resident is said to log ${formatCount(input.graduateTotal ?? 0)} procedures by graduation, more than the whole department does in ${MAX_YEARS_LOGGING} years (${formatCount((input.departmentalAnnual ?? 0) * MAX_YEARS_LOGGING)} at ${department} a year)`;
}

/**
 * Reads a program's volume against the benchmarks. Only a graduation total earns a level:
 * a per-year figure covers the core IR years alone and their number differs by pathway,
 * so multiplying it out would invent a total. A departmental figure is service volume and
 * says nothing about what residents log, so it never earns a level either. It does set a
 * ceiling: resident figures above it are reported as mismatches and earn no level.
 */
export function classifyCaseVolume(input: CaseVolumeInput): CaseVolumeClassification {
  assertProcedureCount('graduateTotal', input.graduateTotal);
  assertProcedureCount('perCoreIrYear', input.perCoreIrYear);
  assertProcedureCount('departmentalAnnual', input.departmentalAnnual);

  const mismatches = volumeMismatches(input);
  if (mismatches.length > 0) return { level: 'unknown', basis: 'resident', perYearLevel: 'unknown', mismatches };

  const yearLevel = perYearLevel(input.perCoreIrYear);
  if (input.graduateTotal !== undefined) {
    return { level: graduationLevel(input.graduateTotal), basis: 'resident', perYearLevel: yearLevel };
  }
  if (input.perCoreIrYear !== undefined) {
    return { level: 'unknown', basis: 'resident', perYearLevel: yearLevel };
  }
  if (input.departmentalAnnual !== undefined) {
    return { level: 'unknown', basis: 'service-only', perYearLevel: 'unknown' };
  }
  return { level: 'unknown', basis: 'none', perYearLevel: 'unknown' };
}

const CONFIDENCE_RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

export type BestVolumeFigures = Partial<Record<VolumeFigureKind, VolumeFigure>>;

/**
 * Per kind, the figure to trust: the highest confidence first, then the most recently
 * learned among equals, so a fresh rumour does not replace a number a PD stated clearly.
 * A figure dated after `today` (a typo older files may hold) counts as the oldest, so it
 * never wins on recency over a figure with a real date.
 */
export function bestVolumeFigures(
  program: Pick<Program, 'volumeFigures'>,
  today: string = localToday(),
): BestVolumeFigures {
  // '' sorts before every date.
  const recency = (figure: VolumeFigure) => (isLearnedInFuture(figure.learnedOn, today) ? '' : figure.learnedOn);
  const best: BestVolumeFigures = {};
  for (const figure of program.volumeFigures) {
    const current = best[figure.kind];
    if (
      current === undefined ||
      CONFIDENCE_RANK[figure.confidence] > CONFIDENCE_RANK[current.confidence] ||
      (figure.confidence === current.confidence && recency(figure) > recency(current))
    ) {
      best[figure.kind] = figure;
    }
  }
  return best;
}

/** Turns the chosen figures into the classifier's input. */
export function caseVolumeInput(best: BestVolumeFigures): CaseVolumeInput {
  const input: CaseVolumeInput = {};
  const total = best['resident-graduation-total'];
  const perYear = best['resident-per-core-year'];
  const departmental = best['departmental-annual'];
  if (total) input.graduateTotal = total.value;
  if (perYear) input.perCoreIrYear = perYear.value;
  if (departmental) input.departmentalAnnual = departmental.value;
  return input;
}
