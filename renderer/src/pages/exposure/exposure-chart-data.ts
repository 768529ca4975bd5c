import type { DonutChartCell } from '@mantine/charts';
import { EXPERIENCE_KIND_LABELS, EXPERIENCE_KINDS } from '../../../../shared/exposure/experience-schema';
import type { CaseMixCoverage, ExposureSummary } from '../../../../shared/exposure/exposure-summary';
import { PROCEDURE_ROLES, ROLE_LABELS } from '../../../../shared/exposure/procedure-schema';
import { RESEARCH_STATUS_LABELS, RESEARCH_STATUSES } from '../../../../shared/exposure/research-output-schema';
import { addShownHours, shownHours } from '../../../../shared/exposure/shown-hours';
import { formatCount } from '../../../../shared/format-count';

/*
 * Shapes the shared summary into rows the charts take, with display labels.
 * No counting happens here: every number comes from summarizeExposure.
 */

export interface LabelledValue {
  label: string;
  value: number;
}

export const categoryRows = (summary: ExposureSummary): LabelledValue[] =>
  summary.coverage.categories.map((category) => ({ label: category.label, value: category.count }));

const ROLE_COLORS = ['indigo.3', 'indigo.5', 'violet.6', 'grape.7'] as const;

export const roleCells = (summary: ExposureSummary): DonutChartCell[] =>
  PROCEDURE_ROLES.map((role, index) => ({
    name: ROLE_LABELS[role],
    value: summary.byRole[role],
    color: ROLE_COLORS[index] ?? 'gray.5',
  }));

export function advancedCells(coverage: CaseMixCoverage): DonutChartCell[] {
  return [
    { name: 'Advanced', value: coverage.advancedCount, color: 'teal.6' },
    { name: 'Routine', value: coverage.caseCount - coverage.advancedCount, color: 'gray.4' },
  ];
}

// Four-digit years: "Jan 26" reads as a day of January, and a log spanning decades would be ambiguous.
const MONTH_LABEL = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

export const monthRows = (summary: ExposureSummary) =>
  summary.casesPerMonth.map(({ month, count }) => ({
    month: MONTH_LABEL.format(new Date(`${month}-01T00:00:00Z`)),
    cases: count,
  }));

/** Only kinds with hours, so the chart is not mostly empty rows; values as shown (to the tenth). */
export const hoursRows = (summary: ExposureSummary): LabelledValue[] =>
  EXPERIENCE_KINDS.filter((kind) => summary.hoursByExperienceKind[kind] > 0).map((kind) => ({
    label: EXPERIENCE_KIND_LABELS[kind],
    value: shownHours(summary.hoursByExperienceKind[kind]),
  }));

/** The hours headline: the sum of the rows as shown, so the chart's rows add up to it. */
export const shownTotalHours = (summary: ExposureSummary): number => addShownHours(hoursRows(summary).map((row) => row.value));

/** "100 h planned", or "2 planned" when planned experiences count no hours; null when nothing is planned. */
export function plannedHoursNote(summary: ExposureSummary): string | null {
  const { count, hours } = summary.planned;
  if (count === 0) return null;
  // A no-break space keeps "100 h" together when the line wraps.
  return hours > 0 ? `${formatCount(shownHours(hours))}\u00a0h planned` : `${formatCount(count)} planned`;
}

/** "6 · 71 h · 100 h planned": experiences that have started, their hours, and what lies ahead. */
export const experiencesLine = (summary: ExposureSummary): string =>
  [`${formatCount(summary.experienceCount)} · ${formatCount(shownTotalHours(summary))} h`, plannedHoursNote(summary)]
    .filter((part) => part !== null)
    .join(' · ');

/**
 * "1 case", "1,250 cases": the word as plural() in shared/in-words.ts picks it, with the
 * count grouped like every figure on the page (plural() prints "1250").
 */
export const countInWords = (count: number, one: string, many: string): string => `${formatCount(count)} ${count === 1 ? one : many}`;

export const statusRows = (summary: ExposureSummary): LabelledValue[] =>
  RESEARCH_STATUSES.map((status) => ({ label: RESEARCH_STATUS_LABELS[status], value: summary.researchOutputsByStatus[status] }));

/** "6 of 8 categories · 38% advanced" — the coverage in one line. */
export function coverageSentence(coverage: CaseMixCoverage): string {
  const categories = `${coverage.coveredCount} of ${coverage.totalCategories} categories`;
  if (coverage.advancedShare === null) return `${categories} · no cases yet`;
  return `${categories} · ${Math.round(coverage.advancedShare * 100)}% advanced`;
}

/**
 * Axis props for a chart of counts: whole ticks only, and no more ticks than counts, so one
 * case gets 0 and 1 (not 0, 0.25 … 1, nor an axis to 4 with a bar a quarter high).
 */
export function wholeNumberAxis(values: readonly number[]) {
  const largest = Math.max(0, ...values);
  return { allowDecimals: false, tickCount: Math.min(5, Math.max(2, largest + 1)) };
}
