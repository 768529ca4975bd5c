import type { Experience } from '../../../../shared/exposure/experience-schema';
import {
  PROCEDURE_ROLES,
  ROLE_LABELS,
  SETTING_LABELS,
  type ProcedureEntry,
  type ProcedureRole,
} from '../../../../shared/exposure/procedure-schema';
import { CATEGORIES, findCategory, procedureIndex, type CategoryId, type CustomProcedure } from '../../../../shared/exposure/taxonomy';
import { isRealCalendarDay } from '../../../../shared/schema/common';
import { experienceLabel } from '../../../../shared/exposure/experience-label';

/*
 * The log's rows, filters and sort as pure functions: the page memoises them,
 * and they are tested with plain data.
 */

/** One entry with everything the table shows already resolved (the search text: searchTextOf). */
export interface LogRow {
  entry: ProcedureEntry;
  procedureName: string;
  categoryId: CategoryId | null;
  categoryLabel: string;
  advanced: boolean;
  roleLabel: string;
  settingLabel: string;
  /** "Title · Organisation", what the experience sort and tooltips use. */
  experienceLabel: string;
  experienceTitle: string;
  /** Where it happened: the experience's organisation and city. */
  site: string;
  /** The procedure's short forms, for the free-text filter. */
  aliases: readonly string[];
}

interface ExperienceCells {
  label: string;
  title: string;
  site: string;
}

export function buildLogRows(
  entries: readonly ProcedureEntry[],
  customProcedures: readonly CustomProcedure[],
  experiences: readonly Pick<Experience, 'id' | 'title' | 'organisation' | 'city'>[],
): LogRow[] {
  const index = procedureIndex(customProcedures);
  // Built once per experience, not once per entry: thousands of entries share a few hundred.
  const cellsById = new Map<string, ExperienceCells>(
    experiences.map((experience) => [
      experience.id,
      {
        label: experienceLabel(experience),
        title: experience.title,
        site: [experience.organisation, experience.city].filter(Boolean).join(', '),
      },
    ]),
  );
  return entries.map((entry) => {
    const procedure = index.get(entry.procedureId);
    const experience = entry.experienceId ? cellsById.get(entry.experienceId) : undefined;
    return {
      entry,
      procedureName: procedure?.name ?? `Unknown procedure (${entry.procedureId})`,
      aliases: procedure?.aliases ?? NO_ALIASES,
      categoryId: procedure?.categoryId ?? null,
      categoryLabel: procedure ? findCategory(procedure.categoryId).label : '',
      advanced: procedure?.advanced ?? false,
      roleLabel: ROLE_LABELS[entry.role],
      settingLabel: SETTING_LABELS[entry.setting],
      experienceLabel: experience?.label ?? '',
      experienceTitle: experience?.title ?? '',
      site: experience?.site ?? '',
    };
  });
}

const NO_ALIASES: readonly string[] = [];
const searchTexts = new WeakMap<LogRow, string>();

/**
 * Lower-cased name, short forms, attending and all reflections: what the free-text filter
 * searches. Built on first use and kept, so opening the log does not pay for it; the page
 * prepares it while idle (see prepareSearch) so the first keystroke does not either.
 */
export function searchTextOf(row: LogRow): string {
  let text = searchTexts.get(row);
  if (text === undefined) {
    const { entry } = row;
    text = [row.procedureName, ...row.aliases, entry.attending, entry.learned, entry.patientCare, entry.complication, entry.notes].join('\n').toLowerCase();
    searchTexts.set(row, text);
  }
  return text;
}

/**
 * Builds the search text of rows ahead of the first search, from `start`, until `hasTime` says
 * stop. Returns where it stopped (rows.length when done), so idle time can do it in slices.
 */
export function prepareSearch(rows: readonly LogRow[], start = 0, hasTime: () => boolean = () => true): number {
  let next = start;
  while (next < rows.length && hasTime()) {
    // A slice at a time: asking the clock after every row would cost more than the row.
    const end = Math.min(rows.length, next + 200);
    for (; next < end; next += 1) searchTextOf(rows[next]!);
  }
  return next;
}

/** The experience filter's value for entries not linked to any experience. */
export const NO_EXPERIENCE = '__none__';

export interface LogFilters {
  categoryId: CategoryId | null;
  procedureId: string | null;
  role: ProcedureRole | null;
  /** An experience id, NO_EXPERIENCE, or null for all. */
  experienceId: string | null;
  /** Inclusive YYYY-MM-DD bounds; null when open. */
  from: string | null;
  to: string | null;
  text: string;
}

export const NO_FILTERS: LogFilters = {
  categoryId: null,
  procedureId: null,
  role: null,
  experienceId: null,
  from: null,
  to: null,
  text: '',
};

/** A typed date bound: usable once it is a real YYYY-MM-DD day; anything else is reported, not guessed. */
export function readDateBound(text: string): { value: string | null; error: string | null } {
  const trimmed = text.trim();
  if (trimmed === '') return { value: null, error: null };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return { value: null, error: 'Use YYYY-MM-DD' };
  if (!isRealCalendarDay(trimmed)) return { value: null, error: 'That day does not exist' };
  return { value: trimmed, error: null };
}

export function hasActiveFilters(filters: LogFilters): boolean {
  return (Object.keys(NO_FILTERS) as (keyof LogFilters)[]).some((key) => filters[key] !== NO_FILTERS[key]);
}

/** Every typed word must appear somewhere in the row; ISO dates compare as strings. */
export function filterRows(rows: readonly LogRow[], filters: LogFilters): LogRow[] {
  const words = filters.text.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    const { entry, categoryId } = row;
    if (filters.categoryId !== null && categoryId !== filters.categoryId) return false;
    if (filters.procedureId !== null && entry.procedureId !== filters.procedureId) return false;
    if (filters.role !== null && entry.role !== filters.role) return false;
    if (filters.experienceId === NO_EXPERIENCE ? entry.experienceId !== null : filters.experienceId !== null && entry.experienceId !== filters.experienceId) {
      return false;
    }
    if (filters.from !== null && entry.date < filters.from) return false;
    if (filters.to !== null && entry.date > filters.to) return false;
    if (words.length === 0) return true;
    const text = searchTextOf(row);
    return words.every((word) => text.includes(word));
  });
}

export const SORT_COLUMNS = ['date', 'procedure', 'category', 'role', 'setting', 'experience', 'attending'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'asc' | 'desc';
export interface LogSort {
  column: SortColumn;
  direction: SortDirection;
}

export const DEFAULT_SORT: LogSort = { column: 'date', direction: 'desc' };

/** Clicking the sorted column flips it; a new column starts with the newest date or A to Z. */
export function toggleSort(current: LogSort, column: SortColumn): LogSort {
  if (current.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { column, direction: column === 'date' ? 'desc' : 'asc' };
}

// Created on the first sort by a text column: creating a collator loads locale data, which the
// log's first screen (sorted by date) does without.
let collator: Intl.Collator | undefined;
const compareText = (a: string, b: string) => (collator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true })).compare(a, b);
/** Code-unit order: for ISO dates and ids, and the tie-breaks of the date sort. */
const compareCodes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const ROLE_RANK = new Map(PROCEDURE_ROLES.map((role, rank) => [role, rank]));
const CATEGORY_RANK = new Map(CATEGORIES.map((category, rank) => [category.id, rank]));

/** Roles sort by how hands-on they were and categories in taxonomy order: both read better than A to Z. */
const KEYS: Record<SortColumn, (row: LogRow) => string | number> = {
  date: (row) => row.entry.date,
  procedure: (row) => row.procedureName,
  category: (row) => (row.categoryId === null ? CATEGORIES.length : (CATEGORY_RANK.get(row.categoryId) ?? 0)),
  role: (row) => ROLE_RANK.get(row.entry.role) ?? 0,
  setting: (row) => row.settingLabel,
  experience: (row) => row.experienceLabel,
  attending: (row) => row.entry.attending,
};

function compareKeys(a: string | number, b: string | number, text: (a: string, b: string) => number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return text(String(a), String(b));
}

/**
 * Sorts a copy. Empty cells go last in either direction; ties fall back to the
 * newest date, then the procedure name, so the order never jumps between renders.
 */
export function sortRows(rows: readonly LogRow[], sort: LogSort): LogRow[] {
  const key = KEYS[sort.column];
  const sign = sort.direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, key: key(row) }));
  // Dates and ranks need no collator; a text column's order is the reader's alphabet.
  const text = sort.column === 'date' ? compareCodes : compareText;
  keyed.sort((a, b) => {
    const aEmpty = a.key === '';
    const bEmpty = b.key === '';
    if (aEmpty !== bEmpty) return aEmpty ? 1 : -1;
    const primary = sign * compareKeys(a.key, b.key, text);
    if (primary !== 0) return primary;
    if (a.row.entry.date !== b.row.entry.date) return a.row.entry.date < b.row.entry.date ? 1 : -1;
    return text(a.row.procedureName, b.row.procedureName) || compareCodes(a.row.entry.id, b.row.entry.id);
  });
  return keyed.map(({ row }) => row);
}
