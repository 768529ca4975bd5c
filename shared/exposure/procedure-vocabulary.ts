import { isRealCalendarDay } from '../schema/common';
import {
  GUIDANCE_LABELS,
  IMAGING_GUIDANCE,
  PROCEDURE_ROLES,
  PROCEDURE_SETTINGS,
  ROLE_LABELS,
  SETTING_LABELS,
  type ImagingGuidance,
  type ProcedureRole,
  type ProcedureSetting,
} from './procedure-schema';
import { CATEGORIES, PROCEDURES, type CustomProcedure } from './taxonomy';
import { clipForMessage } from '../clip-for-message';

/*
 * The words people type in logs and spreadsheets for procedures, roles,
 * imaging, settings and dates, mapped onto the app's ids. Used by the CSV
 * import; a quick-entry box can use the same readers.
 */

/**
 * Lower-case letters and digits only, so "Y-90", "y90" and "Y 90" meet. Letters of any script
 * count: "Эмболизация" is a name of its own, not an empty key that every name would match.
 */
export const compactKey = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** A procedure name needs something to find it by: at least one letter or digit, not only "???". */
export const hasLetterOrDigit = (value: string) => /[\p{L}\p{N}]/u.test(value);
export const NAME_NEEDS_LETTERS = 'Use at least one letter or number in the name';

export function lookup<T>(entries: readonly [T, readonly string[]][]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, names] of entries) {
    for (const name of names) {
      const key = compactKey(name);
      if (key !== '' && !map.has(key)) map.set(key, value);
    }
  }
  return map;
}

const ROLE_SYNONYMS: Record<ProcedureRole, readonly string[]> = {
  observed: ['observe', 'obs', 'observer', 'observation', 'watched', 'shadowed', 'shadowing'],
  assisted: ['assist', 'asst', 'assistant', 'helped'],
  scrubbed: ['scrubbed in', 'scrub', 'scrub in', 'scrubbing'],
  'performed-supervised': ['performed', 'supervised', 'performed supervised', 'primary', 'primary operator'],
};
export const ROLE_LOOKUP = lookup<ProcedureRole>(
  PROCEDURE_ROLES.map((role) => [role, [role, ROLE_LABELS[role], ...ROLE_SYNONYMS[role]]]),
);

const GUIDANCE_SYNONYMS: Record<ImagingGuidance, readonly string[]> = {
  fluoroscopy: ['fluoro', 'fl', 'x-ray', 'xray'],
  ultrasound: ['us', 'usg', 'sono', 'sonography'],
  ct: ['computed tomography'],
  'cone-beam-ct': ['cbct', 'cone beam', 'cone-beam'],
  mri: ['mr', 'magnetic resonance'],
};
export const GUIDANCE_LOOKUP = lookup<ImagingGuidance>(
  IMAGING_GUIDANCE.map((guidance) => [guidance, [guidance, GUIDANCE_LABELS[guidance], ...GUIDANCE_SYNONYMS[guidance]]]),
);

const SETTING_SYNONYMS: Record<ProcedureSetting, readonly string[]> = {
  scheduled: ['elective', 'routine', 'planned', 'non-urgent', 'outpatient'],
  emergency: ['emergent', 'urgent', 'on call', 'call', 'after hours', 'stat', 'trauma'],
};
export const SETTING_LOOKUP = lookup<ProcedureSetting>(
  PROCEDURE_SETTINGS.map((setting) => [setting, [setting, SETTING_LABELS[setting], ...SETTING_SYNONYMS[setting]]]),
);

export const CATEGORY_LOOKUP = lookup(CATEGORIES.map((c) => [c.id, [c.id, c.label]] as const));

const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/;
const SLASH_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/;
// Dots are a European habit: 31.12.2025 always puts the day first, whatever slash dates do.
const DOTTED_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/;
const ORDINAL = '(?:st|nd|rd|th)?';
const MONTH_DAY_YEAR = new RegExp(`^([a-z]+)\\.? (\\d{1,2})${ORDINAL},? (\\d{4})$`, 'i');
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})${ORDINAL} ([a-z]+)\\.?,? (\\d{4})$`, 'i');
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** How a slash date such as 03/04/2026 is read: the US way unless the user says the file puts the day first. */
export type DateOrder = 'month-first' | 'day-first';

const dateHint = (order: DateOrder) => `use YYYY-MM-DD or ${order === 'day-first' ? 'DD/MM/YYYY' : 'MM/DD/YYYY'}`;

/**
 * A two-digit year as spreadsheets write it: 00–69 are 2000–2069 and 70–99 are 1970–1999, the
 * rule most spreadsheets and C's strptime use. Logged procedures are all this century anyway.
 */
function fullYear(year: string): number {
  if (year.length === 4) return Number(year);
  const short = Number(year);
  return short < 70 ? 2000 + short : 1900 + short;
}

/** "March", "Mar", "Mar." and "Sept" are all month 3 or 9; anything shorter than three letters is not a month. */
function monthNumber(word: string): number | null {
  const lower = word.toLowerCase();
  if (lower.length < 3) return null;
  const index = MONTHS.findIndex((month) => month.startsWith(lower));
  return index === -1 ? null : index + 1;
}

interface DayParts {
  year: number;
  month: number;
  day: number;
  /** A slash date that would also be a real, different day read the other way round. */
  couldSwap: boolean;
}

/** The year, month and day a cell names, read in `order` for slash dates; null when it is no form the app knows. */
function dayParts(cell: string, order: DateOrder): DayParts | null {
  const iso = ISO_DAY.exec(cell);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), couldSwap: false };
  const slash = SLASH_DAY.exec(cell);
  if (slash) {
    const [first, second] = [Number(slash[1]), Number(slash[2])];
    const [month, day] = order === 'day-first' ? [second, first] : [first, second];
    return { year: fullYear(slash[3] ?? ''), month, day, couldSwap: first <= 12 && second <= 12 && first !== second };
  }
  const dotted = DOTTED_DAY.exec(cell);
  if (dotted) return { year: fullYear(dotted[3] ?? ''), month: Number(dotted[2]), day: Number(dotted[1]), couldSwap: false };
  const monthFirst = MONTH_DAY_YEAR.exec(cell);
  const dayFirst = monthFirst ? null : DAY_MONTH_YEAR.exec(cell);
  const [monthWord, dayText, yearText] = monthFirst
    ? [monthFirst[1], monthFirst[2], monthFirst[3]]
    : dayFirst
      ? [dayFirst[2], dayFirst[1], dayFirst[3]]
      : [];
  const month = monthWord === undefined ? null : monthNumber(monthWord);
  return month === null ? null : { year: Number(yearText), month, day: Number(dayText), couldSwap: false };
}

/**
 * `monthFirst`: a slash date that would also be a real day read day first (03/04/2026), read the
 * US way; the import says so, since many applicants' own spreadsheets put the day first.
 */
export type DateReading = { ok: true; value: string; monthFirst: boolean } | { ok: false; message: string };

/**
 * Reads YYYY-MM-DD (a spreadsheet's trailing time is ignored), a slash date in `order` (M/D/YYYY
 * unless the day comes first; a two-digit year is read as above), a dotted D.M.YYYY, and a date
 * written out ("March 4, 2026", "4 March 2026"). Messages name the slash form of `order`.
 */
export function readImportDate(cell: string, order: DateOrder = 'month-first'): DateReading {
  const trimmed = cell.trim().replace(/\s+/g, ' ');
  const parts = dayParts(trimmed, order);
  if (!parts) {
    return { ok: false, message: `date '${clipForMessage(cell)}' is not in a form the app can read; ${dateHint(order)}` };
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  const value = `${String(parts.year).padStart(4, '0')}-${pad(parts.month)}-${pad(parts.day)}`;
  return isRealCalendarDay(value)
    ? { ok: true, value, monthFirst: order === 'month-first' && parts.couldSwap }
    : { ok: false, message: `date '${clipForMessage(cell)}' is not a real day; ${dateHint(order)}` };
}

export interface ProcedureMatch {
  id: string;
  name: string;
  categoryId: CustomProcedure['categoryId'];
}

/** Ids, names and short forms of every procedure; listed procedures win a clash with custom ones. */
export function procedureLookup(customProcedures: readonly CustomProcedure[]): Map<string, ProcedureMatch> {
  const entries: [ProcedureMatch, readonly string[]][] = [
    ...PROCEDURES.map((p): [ProcedureMatch, readonly string[]] => [p, [p.id, p.name, ...p.aliases]]),
    ...customProcedures.map((p): [ProcedureMatch, readonly string[]] => [p, [p.id, p.name]]),
  ];
  return lookup(entries);
}

/** Tries the whole cell, then "Name (ABBR)" split into its two halves. */
export function resolveProcedure(cell: string, procedures: Map<string, ProcedureMatch>): ProcedureMatch | undefined {
  const whole = procedures.get(compactKey(cell));
  if (whole) return whole;
  const parts = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(cell);
  if (!parts) return undefined;
  return procedures.get(compactKey(parts[1] ?? '')) ?? procedures.get(compactKey(parts[2] ?? ''));
}
