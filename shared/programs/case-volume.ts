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

export type CaseVolumeLevel = 'below-floor' | 'near-floor' | 'adequate' | 'strong' | 'unknown';
export type CaseVolumeBasis = 'resident' | 'service-only' | 'none';
export type PerYearLevel = 'low' | 'busy' | 'high' | 'unknown';

export interface CaseVolumeInput {
  graduateTotal?: number;
  perCoreIrYear?: number;
  departmentalAnnual?: number;
  /** Resident figures the applicant marked low confidence (a rumour, a half-heard number). */
  unconfirmed?: readonly ('graduateTotal' | 'perCoreIrYear')[];
}

type CountField = 'graduateTotal' | 'perCoreIrYear' | 'departmentalAnnual';

/**
 * The floor is "about 1,000", a ballpark, so totals within this share of it either side
 * read as near the floor rather than on one side of a hard line: 900 to 1,099. Our own
 * heuristic: programs count logs differently (a multi-part case as one entry or several),
 * so a gap of a tenth says little. Under it is below the floor (the red flag); from the
 * top of it up to the strong band is adequate.
 */
export const NEAR_FLOOR_SHARE = 0.1;

/**
 * Our own heuristic, not from the guidance: resident figures past these are doubtful (most
 * often a typo or a departmental number typed in the wrong box) and are set aside until
 * checked. Each ceiling is three times the top of its usual band:
 * - 7,500 by graduation is 1,500 a year from PGY-2 on, six logged cases every working day
 *   (about 240 a year) for five years, though the early years are mostly diagnostic work;
 * - 1,200 in one core IR year is five logged cases every working day all year, with no leave.
 * A total above half of what the whole department does in five years is doubtful too:
 * a resident spends roughly half of PGY-2 to PGY-6 on IR, so it would mean logging about
 * every case the department did while they were there.
 */
export const PLAUSIBILITY = {
  ceilingTimesBandTop: 3,
  maxShareOfDepartmentFiveYears: 0.5,
} as const;

export const PLAUSIBLE_GRADUATION_TOTAL_UP_TO =
  PLAUSIBILITY.ceilingTimesBandTop * CASE_VOLUME_BENCHMARKS.graduationTotal.strongTypicalUpTo;
export const PLAUSIBLE_PER_CORE_YEAR_UP_TO = PLAUSIBILITY.ceilingTimesBandTop * CASE_VOLUME_BENCHMARKS.perCoreIrYear.busyUpTo;

/**
 * Years a resident can log IR cases in the longest pathway (PGY-2 to PGY-6). A graduation
 * total reaching this many years of the whole department's work cannot be right.
 */
export const MAX_YEARS_LOGGING = 5;

/** Resident figures a department of the stated size could not produce. */
export type VolumeMismatch = 'per-year-above-department' | 'total-above-department';

/** Resident figures that are hard to believe on their own or beside the department's. */
export type VolumeDoubt = 'total-beyond-ceiling' | 'per-year-beyond-ceiling' | 'total-near-department';

export interface CaseVolumeClassification {
  level: CaseVolumeLevel;
  basis: CaseVolumeBasis;
  perYearLevel: PerYearLevel;
  /**
   * Present only when the figures contradict each other. The levels are then 'unknown':
   * one of the numbers is wrong and nothing says which, so neither is read.
   */
  mismatches?: VolumeMismatch[];
  /**
   * Present only when a figure is doubtful. A doubtful figure earns no level and no score
   * until checked; the rest are still read.
   */
  doubts?: VolumeDoubt[];
  /** Present only when the figure the level is read from was marked low confidence. */
  unconfirmed?: true;
}

function assertProcedureCount(field: CountField, value: number | undefined): void {
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
  const margin = floor * NEAR_FLOOR_SHARE;
  if (total < floor - margin) return 'below-floor';
  if (total < floor + margin) return 'near-floor';
  if (total < strongFrom) return 'adequate';
  return 'strong';
}

/**
 * Ways the resident figures reach what the whole department does. Reaching it is already
 * impossible, not only passing it: attendings, other trainees and APPs do some of the cases.
 */
export function volumeMismatches(input: CaseVolumeInput): VolumeMismatch[] {
  const { graduateTotal, perCoreIrYear, departmentalAnnual } = input;
  if (departmentalAnnual === undefined) return [];
  const mismatches: VolumeMismatch[] = [];
  if (perCoreIrYear !== undefined && perCoreIrYear > 0 && perCoreIrYear >= departmentalAnnual) {
    mismatches.push('per-year-above-department');
  }
  if (graduateTotal !== undefined && graduateTotal > 0 && graduateTotal >= departmentalAnnual * MAX_YEARS_LOGGING) {
    mismatches.push('total-above-department');
  }
  return mismatches;
}

/** Resident figures past the plausibility ceilings above (our heuristic). */
export function volumeDoubts(input: CaseVolumeInput): VolumeDoubt[] {
  const { graduateTotal, perCoreIrYear, departmentalAnnual } = input;
  const doubts: VolumeDoubt[] = [];
  if (graduateTotal !== undefined && graduateTotal > PLAUSIBLE_GRADUATION_TOTAL_UP_TO) doubts.push('total-beyond-ceiling');
  if (perCoreIrYear !== undefined && perCoreIrYear > PLAUSIBLE_PER_CORE_YEAR_UP_TO) doubts.push('per-year-beyond-ceiling');
  if (
    graduateTotal !== undefined &&
    departmentalAnnual !== undefined &&
    graduateTotal > departmentalAnnual * MAX_YEARS_LOGGING * PLAUSIBILITY.maxShareOfDepartmentFiveYears
  ) {
    doubts.push('total-near-department');
  }
  return doubts;
}

/** One plain sentence per mismatch, with the numbers, for flags and questions. */
export function describeVolumeMismatch(mismatch: VolumeMismatch, input: CaseVolumeInput): string {
  const department = formatCount(input.departmentalAnnual ?? 0);
  if (mismatch === 'per-year-above-department') {
    return `a resident is said to log ${formatCount(input.perCoreIrYear ?? 0)} procedures in a core IR year, but the whole department does ${department} a year`;
  }
  const fiveYears = (input.departmentalAnnual ?? 0) * MAX_YEARS_LOGGING;
  const asMuch = (input.graduateTotal ?? 0) > fiveYears ? 'more than' : 'as many as';
  return `a resident is said to log ${formatCount(input.graduateTotal ?? 0)} procedures by graduation, ${asMuch} the whole department does in ${MAX_YEARS_LOGGING} years (${formatCount(fiveYears)} at ${department} a year)`;
}

/** One plain sentence per doubt, with the numbers and the ceiling it passed. */
export function describeVolumeDoubt(doubt: VolumeDoubt, input: CaseVolumeInput): string {
  if (doubt === 'total-beyond-ceiling') {
    return `${formatCount(input.graduateTotal ?? 0)} procedures by graduation is far more than one resident could log (our rough ceiling is ${formatCount(PLAUSIBLE_GRADUATION_TOTAL_UP_TO)}, about six every working day for five years)`;
  }
  if (doubt === 'per-year-beyond-ceiling') {
    return `${formatCount(input.perCoreIrYear ?? 0)} procedures in one core IR year is far more than one resident could log (our rough ceiling is ${formatCount(PLAUSIBLE_PER_CORE_YEAR_UP_TO)}, about five every working day all year)`;
  }
  const fiveYears = (input.departmentalAnnual ?? 0) * MAX_YEARS_LOGGING;
  return `${formatCount(input.graduateTotal ?? 0)} procedures by graduation is more than half of all ${formatCount(fiveYears)} the department does in ${MAX_YEARS_LOGGING} years, and residents spend only part of training on IR`;
}

/**
 * Reads a program's volume against the benchmarks. Only a graduation total earns a level:
 * a per-year figure covers the core IR years alone and their number differs by pathway,
 * so multiplying it out would invent a total. A departmental figure is service volume and
 * says nothing about what residents log, so it never earns a level either. It does set a
 * ceiling: resident figures reaching it are reported as mismatches and earn no level.
 * A doubtful figure (see PLAUSIBILITY) is set aside; the other figures are still read.
 */
export function classifyCaseVolume(input: CaseVolumeInput): CaseVolumeClassification {
  assertProcedureCount('graduateTotal', input.graduateTotal);
  assertProcedureCount('perCoreIrYear', input.perCoreIrYear);
  assertProcedureCount('departmentalAnnual', input.departmentalAnnual);

  const mismatches = volumeMismatches(input);
  if (mismatches.length > 0) return { level: 'unknown', basis: 'resident', perYearLevel: 'unknown', mismatches };

  const doubts = volumeDoubts(input);
  const totalDoubted = doubts.some((d) => d !== 'per-year-beyond-ceiling');
  const total = totalDoubted ? undefined : input.graduateTotal;
  const perYear = doubts.includes('per-year-beyond-ceiling') ? undefined : input.perCoreIrYear;
  const extra = {
    ...(doubts.length > 0 ? { doubts } : {}),
    ...(isUnconfirmed(input, total !== undefined ? 'graduateTotal' : 'perCoreIrYear') ? { unconfirmed: true as const } : {}),
  };

  const yearLevel = perYearLevel(perYear);
  if (total !== undefined) {
    return { level: graduationLevel(total), basis: 'resident', perYearLevel: yearLevel, ...extra };
  }
  if (input.graduateTotal !== undefined || input.perCoreIrYear !== undefined) {
    return { level: 'unknown', basis: 'resident', perYearLevel: yearLevel, ...(perYear === undefined ? { doubts } : extra) };
  }
  if (input.departmentalAnnual !== undefined) {
    return { level: 'unknown', basis: 'service-only', perYearLevel: 'unknown' };
  }
  return { level: 'unknown', basis: 'none', perYearLevel: 'unknown' };
}

function isUnconfirmed(input: CaseVolumeInput, field: 'graduateTotal' | 'perCoreIrYear'): boolean {
  return input[field] !== undefined && (input.unconfirmed ?? []).includes(field);
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
  const unconfirmed = [
    total?.confidence === 'low' && ('graduateTotal' as const),
    perYear?.confidence === 'low' && ('perCoreIrYear' as const),
  ].filter((x) => x !== false && x !== undefined);
  if (unconfirmed.length > 0) input.unconfirmed = unconfirmed;
  return input;
}

// ---- Figures of one kind that disagree --------------------------------------------------

/**
 * Our own heuristic: two figures of one kind this many times apart cannot both describe the
 * program now (half again as many; counting differences between programs stay well inside it).
 * Two graduation totals on opposite sides of the floor's band disagree even when closer.
 */
export const SAME_KIND_DISAGREES_BEYOND = 1.5;

/** A figure of one kind far from the one the evaluation reads, so one of them is wrong or out of date. */
export interface FigureDisagreement {
  kind: VolumeFigureKind;
  /** The figure the evaluation reads from (see bestVolumeFigures). */
  used: VolumeFigure;
  /** The figure of the same kind furthest from it. */
  other: VolumeFigure;
}

const farApart = (a: number, b: number) => {
  const [low, high] = a < b ? [a, b] : [b, a];
  return low === 0 ? high > 0 : high / low > SAME_KIND_DISAGREES_BEYOND;
};

const onOppositeSidesOfFloor = (a: number, b: number) => {
  const levels = new Set([graduationLevel(a), graduationLevel(b)]);
  return levels.has('below-floor') && (levels.has('adequate') || levels.has('strong'));
};

export function figuresDisagree(kind: VolumeFigureKind, a: number, b: number): boolean {
  return farApart(a, b) || (kind === 'resident-graduation-total' && onOppositeSidesOfFloor(a, b));
}

const apartBy = (a: number, b: number) => (Math.min(a, b) === 0 ? Infinity : Math.max(a, b) / Math.min(a, b));

/**
 * Per kind, the figure furthest from the one in use when the two disagree widely. Choosing
 * one figure per kind must not hide another that says something quite different.
 */
export function sameKindDisagreements(program: Pick<Program, 'volumeFigures'>, best: BestVolumeFigures): FigureDisagreement[] {
  const disagreements: FigureDisagreement[] = [];
  for (const [kind, used] of Object.entries(best) as [VolumeFigureKind, VolumeFigure][]) {
    const others = program.volumeFigures.filter(
      (f) => f.kind === kind && f.id !== used.id && figuresDisagree(kind, used.value, f.value),
    );
    const furthest = others.reduce<VolumeFigure | undefined>(
      (far, f) => (far === undefined || apartBy(used.value, f.value) > apartBy(used.value, far.value) ? f : far),
      undefined,
    );
    if (furthest) disagreements.push({ kind, used, other: furthest });
  }
  return disagreements;
}

const SAID_BY: Record<VolumeFigure['source'], string> = {
  'faculty-interview': 'faculty said',
  'resident-interview': 'a resident said',
  'program-website': 'the program website gave',
  brochure: 'the brochure gave',
  'sir-directory': 'the SIR directory gave',
  other: 'another source gave',
};

const PER_KIND: Record<VolumeFigureKind, string> = {
  'resident-graduation-total': 'by graduation',
  'resident-per-core-year': 'a core IR year',
  'departmental-annual': 'a year for the whole service',
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Faculty said about 1,800 by graduation (noted 2025-01-10), a resident said about 700 (noted 2026-10-02)". */
export function describeFigureDisagreement({ kind, used, other }: FigureDisagreement): string {
  const first = `${SAID_BY[used.source]} about ${formatCount(used.value)} ${PER_KIND[kind]} (noted ${used.learnedOn})`;
  const second = `${SAID_BY[other.source]} about ${formatCount(other.value)} (noted ${other.learnedOn})`;
  return `${capitalised(first)}, ${second}`;
}

/** The open question a disagreement leaves, to ask at the interview. */
export function figureDisagreementQuestion(disagreement: FigureDisagreement): string {
  const now = disagreement.kind === 'departmental-annual' ? 'for the service now' : 'for the current class';
  return `${describeFigureDisagreement(disagreement)}: which is right ${now}?`;
}
