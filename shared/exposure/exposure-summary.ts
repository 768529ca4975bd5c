import { EXPERIENCE_KINDS, totalHours, type Experience, type ExperienceKind } from './experience-schema';
import { PROCEDURE_ROLES, type ProcedureEntry, type ProcedureRole } from './procedure-schema';
import { RESEARCH_STATUSES, type ResearchOutput, type ResearchStatus } from './research-output-schema';
import { CATEGORIES, CATEGORY_IDS, procedureIndex, type CategoryId, type CustomProcedure } from './taxonomy';
import { splitByStart } from './planned-experiences';

/*
 * Every function here walks its list once and looks procedures up in a Map,
 * so a log of thousands of entries summarises instantly.
 */

type ProcedureLike = Pick<ProcedureEntry, 'procedureId' | 'date' | 'role'>;

function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

export interface CategoryCounts {
  byCategory: Record<CategoryId, number>;
  advancedCount: number;
  /** Entries whose procedure no longer exists (e.g. a deleted custom procedure). */
  unmatchedCount: number;
}

export function proceduresByCategory(
  procedures: readonly Pick<ProcedureEntry, 'procedureId'>[],
  customProcedures: readonly CustomProcedure[],
): CategoryCounts {
  const index = procedureIndex(customProcedures);
  const byCategory = zeroCounts(CATEGORY_IDS);
  let advancedCount = 0;
  let unmatchedCount = 0;
  for (const entry of procedures) {
    const procedure = index.get(entry.procedureId);
    if (!procedure) {
      unmatchedCount += 1;
      continue;
    }
    byCategory[procedure.categoryId] += 1;
    if (procedure.advanced) advancedCount += 1;
  }
  return { byCategory, advancedCount, unmatchedCount };
}

export function proceduresByRole(
  procedures: readonly Pick<ProcedureEntry, 'role'>[],
): Record<ProcedureRole, number> {
  const counts = zeroCounts(PROCEDURE_ROLES);
  for (const entry of procedures) counts[entry.role] += 1;
  return counts;
}

export interface CategoryCoverage {
  id: CategoryId;
  label: string;
  count: number;
  covered: boolean;
}

export interface CaseMixCoverage {
  categories: CategoryCoverage[];
  coveredCount: number;
  totalCategories: number;
  /** Cases whose procedure resolves to a category; unmatched entries are left out. */
  caseCount: number;
  advancedCount: number;
  /** Advanced cases over all matched cases, 0..1; null when there are no cases. */
  advancedShare: number | null;
}

export function caseMixCoverage(
  procedures: readonly Pick<ProcedureEntry, 'procedureId'>[],
  customProcedures: readonly CustomProcedure[],
): CaseMixCoverage {
  return coverageFromCounts(proceduresByCategory(procedures, customProcedures));
}

function coverageFromCounts({ byCategory, advancedCount }: CategoryCounts): CaseMixCoverage {
  const categories = CATEGORIES.map((category) => ({
    id: category.id,
    label: category.label,
    count: byCategory[category.id],
    covered: byCategory[category.id] > 0,
  }));
  const caseCount = categories.reduce((sum, category) => sum + category.count, 0);
  return {
    categories,
    coveredCount: categories.filter((category) => category.covered).length,
    totalCategories: CATEGORIES.length,
    caseCount,
    advancedCount,
    advancedShare: caseCount === 0 ? null : advancedCount / caseCount,
  };
}

export interface MonthCount {
  /** `YYYY-MM` */
  month: string;
  count: number;
}

const MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/;

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const monthNumber = Number(month.slice(5, 7));
  return monthNumber === 12
    ? `${String(year + 1).padStart(4, '0')}-01`
    : `${month.slice(0, 4)}-${String(monthNumber + 1).padStart(2, '0')}`;
}

/**
 * Cases per calendar month, from the first logged month to the month of `today`
 * (YYYY-MM-DD), empty months as 0: quiet months since the last case are part of the picture.
 */
export function casesPerMonth(procedures: readonly Pick<ProcedureEntry, 'date'>[], today: string): MonthCount[] {
  const counts = new Map<string, number>();
  let first: string | undefined;
  let last: string | undefined;
  for (const entry of procedures) {
    const month = entry.date.slice(0, 7);
    // Stored dates are validated; this guard only keeps a bad value from breaking the loop below.
    if (!MONTH.test(month)) continue;
    counts.set(month, (counts.get(month) ?? 0) + 1);
    if (first === undefined || month < first) first = month;
    if (last === undefined || month > last) last = month;
  }
  if (first === undefined || last === undefined) return [];
  const thisMonth = today.slice(0, 7);
  // A case dated after today (only an older file can hold one) still keeps its month.
  if (MONTH.test(thisMonth) && thisMonth > last) last = thisMonth;
  const series: MonthCount[] = [];
  for (let month = first; month <= last; month = nextMonth(month)) {
    series.push({ month, count: counts.get(month) ?? 0 });
  }
  return series;
}

/** Adds what it is given; summarizeExposure passes only experiences that have started. */
export function hoursByExperienceKind(
  experiences: readonly Pick<Experience, 'kind' | 'hours'>[],
): Record<ExperienceKind, number> {
  const hours = zeroCounts(EXPERIENCE_KINDS);
  for (const experience of experiences) hours[experience.kind] += totalHours(experience);
  return hours;
}

export function researchOutputsByStatus(
  outputs: readonly Pick<ResearchOutput, 'status'>[],
): Record<ResearchStatus, number> {
  const counts = zeroCounts(RESEARCH_STATUSES);
  for (const output of outputs) counts[output.status] += 1;
  return counts;
}

export interface ExposureSummary {
  totalProcedures: number;
  byCategory: Record<CategoryId, number>;
  byRole: Record<ProcedureRole, number>;
  unmatchedProcedures: number;
  coverage: CaseMixCoverage;
  casesPerMonth: MonthCount[];
  /** Experiences that have started (ended or ongoing); planned ones are in `planned`. */
  experienceCount: number;
  hoursByExperienceKind: Record<ExperienceKind, number>;
  totalHours: number;
  /** Experiences that start after today: shown as intent, counted nowhere else. */
  planned: { count: number; hours: number };
  researchOutputsByStatus: Record<ResearchStatus, number>;
}

export interface ExposureSummaryInput {
  procedures: readonly ProcedureLike[];
  customProcedures: readonly CustomProcedure[];
  experiences: readonly Pick<Experience, 'kind' | 'hours' | 'startDate'>[];
  researchOutputs: readonly Pick<ResearchOutput, 'status'>[];
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Everything the dashboard shows, in one call, as of `today` (YYYY-MM-DD). */
export function summarizeExposure(input: ExposureSummaryInput, today: string): ExposureSummary {
  const categoryCounts = proceduresByCategory(input.procedures, input.customProcedures);
  const { started, planned } = splitByStart(input.experiences, today);
  const hours = hoursByExperienceKind(started);
  return {
    totalProcedures: input.procedures.length,
    byCategory: categoryCounts.byCategory,
    byRole: proceduresByRole(input.procedures),
    unmatchedProcedures: categoryCounts.unmatchedCount,
    coverage: coverageFromCounts(categoryCounts),
    casesPerMonth: casesPerMonth(input.procedures, today),
    experienceCount: started.length,
    hoursByExperienceKind: hours,
    totalHours: sum(Object.values<number>(hours)),
    planned: { count: planned.length, hours: sum(planned.map(totalHours)) },
    researchOutputsByStatus: researchOutputsByStatus(input.researchOutputs),
  };
}
