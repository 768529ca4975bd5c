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
const US_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DATE_HINT = 'use YYYY-MM-DD or MM/DD/YYYY';

/**
 * `monthFirst`: a slash date that would also be a real day read day first (03/04/2026), read the
 * US way; the import says so, since many applicants' own spreadsheets put the day first.
 */
export type DateReading = { ok: true; value: string; monthFirst: boolean } | { ok: false; message: string };

/** Reads YYYY-MM-DD (a spreadsheet's trailing time is ignored) or US-style M/D/YYYY. */
export function readImportDate(cell: string): DateReading {
  const iso = ISO_DAY.exec(cell);
  const us = iso ? null : US_DAY.exec(cell);
  if (!iso && !us) {
    return { ok: false, message: `date '${clipForMessage(cell)}' is not in a form the app can read; ${DATE_HINT}` };
  }
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : [us?.[3], us?.[1], us?.[2]];
  const value = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const ambiguous = us !== null && Number(us[1]) <= 12 && Number(us[2]) <= 12 && Number(us[1]) !== Number(us[2]);
  return isRealCalendarDay(value)
    ? { ok: true, value, monthFirst: ambiguous }
    : { ok: false, message: `date '${clipForMessage(cell)}' is not a real day; ${DATE_HINT}` };
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
