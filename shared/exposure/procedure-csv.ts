import Papa from 'papaparse';
import { fail, ok, type Result } from '../result';
import { findIdentifiers, listIdentifierKinds } from './find-identifiers';
import type { Experience } from './experience-schema';
import { FUTURE_PROCEDURE_REASON, procedureDateProblem } from './exposure-dates';
import { CHECKED_FIELDS } from './free-text-check';
import { procedureEntryInputSchema, type ImagingGuidance, type ProcedureEntryInput } from './procedure-schema';
import {
  GUIDANCE_LOOKUP,
  ROLE_LOOKUP,
  SETTING_LOOKUP,
  compactKey,
  procedureLookup,
  readImportDate,
  resolveProcedure,
} from './procedure-vocabulary';
import { findCategory, type CustomProcedure } from './taxonomy';
import { clipForMessage } from '../clip-for-message';
import { ESCAPED_FORMULA } from './exposure-csv-export';
import { readCategory } from './category-names';
import type { NumberedEntry } from './duplicate-entries';
import { experienceLabel } from './experience-label';

// ---------------------------------------------------------------- parse

export interface ParsedCsv {
  headers: string[];
  /**
   * Data rows, padded to the header width. Blank rows are kept so that
   * `rows[i]` is spreadsheet row `i + 2` (row 1 holds the headers).
   */
  rows: string[][];
}

const isBlankRow = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

export function parseCsv(text: string): Result<ParsedCsv> {
  const content = text.replace(/^\uFEFF/, '');
  if (content.includes('\u0000')) {
    return fail(
      'validation',
      'This does not look like a CSV text file. If it is an Excel workbook, save it as CSV first.',
    );
  }
  if (content.trim() === '') return fail('validation', 'The file is empty.');

  const parsed = Papa.parse<string[]>(content, { skipEmptyLines: false });
  // A one-column file has no delimiter to detect; that is not a problem.
  const serious = parsed.errors.find((error) => error.code !== 'UndetectableDelimiter');
  if (serious) {
    const where = serious.row === undefined ? '' : ` near row ${serious.row + 1}`;
    const why =
      serious.type === 'Quotes'
        ? 'a quoted cell is never closed'
        : serious.message.toLowerCase();
    return fail('validation', `The file could not be read${where}: ${why}.`);
  }

  const data = parsed.data;
  while (data.length > 0 && isBlankRow(data[data.length - 1] ?? [])) data.pop();
  const headers = (data[0] ?? []).map((header) => header.trim());
  if (headers.every((header) => header === '')) {
    return fail('validation', 'The first row should name the columns, but it is blank.');
  }
  const rows = data.slice(1).map((row) => {
    const cells = [...row];
    while (cells.length < headers.length) cells.push('');
    return cells;
  });
  if (rows.length === 0) {
    return fail('validation', 'The file has column names but no rows of data.');
  }
  return ok({ headers, rows });
}

// ---------------------------------------------------------------- column mapping

export const PROCEDURE_CSV_FIELDS = [
  'date',
  'category',
  'procedure',
  'role',
  'guidance',
  'setting',
  'experience',
  'attending',
  'learned',
  'patientCare',
  'complication',
  'notes',
] as const;
export type ProcedureCsvField = (typeof PROCEDURE_CSV_FIELDS)[number];

/** Which column index holds each field; null when the file has no such column. */
export type ProcedureColumnMapping = Record<ProcedureCsvField, number | null>;

export const PROCEDURE_CSV_FIELD_LABELS: Record<ProcedureCsvField, string> = {
  date: 'Date',
  category: 'Category',
  procedure: 'Procedure',
  role: 'Role',
  guidance: 'Guidance',
  setting: 'Setting',
  experience: 'Experience',
  attending: 'Attending',
  learned: 'Learned',
  patientCare: 'Patient care',
  complication: 'Complication',
  notes: 'Notes',
};

/** A row cannot be imported without these; the mapping step asks for them first. */
export const REQUIRED_PROCEDURE_CSV_FIELDS: readonly ProcedureCsvField[] = ['date', 'procedure', 'role'];

const HEADER_SYNONYMS: Record<ProcedureCsvField, readonly string[]> = {
  date: ['date', 'day', 'procedure date', 'case date', 'date of procedure', 'date of case', 'when'],
  category: ['category', 'case mix category', 'procedure category', 'case category', 'group'],
  procedure: [
    'procedure',
    'procedure name',
    'procedure type',
    // Not plain "case": a "Case #" column is usually a running number.
    'case type',
    'intervention',
    'exam',
    'procedure performed',
  ],
  role: ['role', 'my role', 'involvement', 'participation', 'level of involvement'],
  guidance: ['guidance', 'imaging', 'imaging guidance', 'image guidance', 'modality', 'modalities'],
  setting: ['setting', 'urgency', 'priority', 'emergency', 'case setting'],
  experience: ['experience', 'rotation', 'observership', 'site', 'placement', 'elective'],
  attending: ['attending', 'attending physician', 'supervisor', 'staff', 'faculty', 'preceptor', 'operator'],
  learned: ['learned', 'learnt', 'what i learned', 'learning', 'learning points', 'teaching points', 'takeaways', 'lessons'],
  patientCare: ['patient care', 'care', 'peri procedural care', 'pre and post care', 'clinical care'],
  complication: ['complication', 'complications', 'adverse event', 'adverse events'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks', 'reflection', 'reflections'],
};

const wordsOf = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Guesses the column for each field from the header names: exact names first, then headers that contain one. */
export function suggestProcedureColumnMapping(headers: readonly string[]): ProcedureColumnMapping {
  const mapping = Object.fromEntries(PROCEDURE_CSV_FIELDS.map((f) => [f, null])) as ProcedureColumnMapping;
  const normalised = headers.map(wordsOf);
  const taken = new Set<number>();

  const assign = (field: ProcedureCsvField, column: number) => {
    mapping[field] = column;
    taken.add(column);
  };

  for (const field of PROCEDURE_CSV_FIELDS) {
    const column = normalised.findIndex(
      (header, i) => !taken.has(i) && HEADER_SYNONYMS[field].includes(header),
    );
    if (column >= 0) assign(field, column);
  }

  // Partial matches ("Date of case (MM/DD)"): the longest matching synonym wins, so
  // "procedure category" goes to category rather than procedure.
  const partial: { field: ProcedureCsvField; column: number; strength: number }[] = [];
  normalised.forEach((header, column) => {
    if (taken.has(column) || header === '') return;
    const padded = ` ${header} `;
    for (const field of PROCEDURE_CSV_FIELDS) {
      if (mapping[field] !== null) continue;
      for (const synonym of HEADER_SYNONYMS[field]) {
        if (padded.includes(` ${synonym} `)) partial.push({ field, column, strength: synonym.length });
      }
    }
  });
  partial.sort((a, b) => b.strength - a.strength);
  for (const { field, column } of partial) {
    if (mapping[field] === null && !taken.has(column)) assign(field, column);
  }
  return mapping;
}

// ---------------------------------------------------------------- row validation

export interface RowError {
  /** Spreadsheet row number: the header is row 1, the first data row is row 2. */
  row: number;
  messages: string[];
}

export interface ProcedureImport {
  /** Rows that can be imported as they are, in file order. */
  valid: ProcedureEntryInput[];
  /** The spreadsheet row of each `valid` entry: `validRows[i]` holds `valid[i]`. */
  validRows: number[];
  /**
   * Rows that are fine but for text that looks like patient data. They are held back unless the
   * user confirms, row by row, that it is not patient data, as the entry form lets them.
   */
  flagged: FlaggedRow[];
  /** Rows that cannot be imported until the file is fixed. */
  errors: RowError[];
  /** Rows that are imported, with something the user may want to know (a category that was overruled). */
  warnings: RowError[];
  /** Valid rows whose slash date could have been the other way round; the first as an example. */
  monthFirst: { count: number; example: { cell: string; read: string } | null };
}

export interface FlaggedRow extends NumberedEntry {
  /** What was found, field by field, with the text it was found in, so the user can judge it. */
  findings: { label: string; kinds: string; text: string }[];
}

/** How a slash date such as 03/04/2026 is read. */
export type SlashDateOrder = 'month-first' | 'day-first';

export const SLASH_DATE_ORDER_LABELS: Record<SlashDateOrder, string> = {
  'month-first': 'Month first',
  'day-first': 'Day first',
};

/**
 * Columns checked for patient identifiers before anything is imported: the fields the entry form
 * checks. The attending is a colleague, so "Mr. Patel" there is not held back.
 */
const CHECKED_COLUMNS = Object.keys(CHECKED_FIELDS.procedure) as (keyof typeof CHECKED_FIELDS.procedure)[];

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-12-11" as "December 11, 2026": unambiguous whichever way the file wrote it. */
function spelledDay(iso: string): string {
  const [year = '', month = '', day = ''] = iso.split('-');
  return `${MONTH_NAMES[Number(month) - 1] ?? ''} ${Number(day)}, ${year}`;
}

const SLASH_DATE = /^\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})$/;

const otherOrder = (order: SlashDateOrder): SlashDateOrder => (order === 'month-first' ? 'day-first' : 'month-first');
const orderWords = (order: SlashDateOrder) => (order === 'month-first' ? 'month first' : 'day first');
const switchHint = (order: SlashDateOrder) =>
  `go back to the columns and set dates with slashes to ${SLASH_DATE_ORDER_LABELS[otherOrder(order)]}`;

/** The ISO day a slash date names when read in `order`, or null when that is no real day. */
function slashDay(cell: string, order: SlashDateOrder): string | null {
  const reading = readImportDate(cell, order);
  return reading.ok ? reading.value : null;
}

type CsvDate = { ok: true; value: string; ambiguous: boolean } | { ok: false; message: string };

/**
 * Reads a date cell: YYYY-MM-DD, a slash date in the chosen order, a dotted day-first date or one
 * written out (see readImportDate); messages name the slash form of the chosen order. When a slash date only makes
 * sense the other way round (13/04/2026 read month first), or lands in the future that way, the
 * message says so and points to the setting, rather than calling it "not a real day".
 */
export function readCsvDate(cell: string, order: SlashDateOrder = 'month-first', today?: string): CsvDate {
  if (!SLASH_DATE.test(cell.trim())) {
    const reading = readImportDate(cell, order);
    if (!reading.ok) return reading;
    const problem = procedureDateProblem(reading.value, today);
    return problem === null ? { ok: true, value: reading.value, ambiguous: false } : { ok: false, message: `date '${clipForMessage(cell)}' ${problem}` };
  }
  const [first = 0, second = 0] = cell.trim().split('/').map(Number);
  const quoted = `date '${clipForMessage(cell)}'`;
  const read = slashDay(cell, order);
  const otherWay = slashDay(cell, otherOrder(order));
  if (read === null) {
    if (otherWay === null) {
      const form = order === 'month-first' ? 'MM/DD/YYYY' : 'DD/MM/YYYY';
      return { ok: false, message: `${quoted} is not a real day; use YYYY-MM-DD or ${form}` };
    }
    const month = order === 'month-first' ? first : second;
    return {
      ok: false,
      message: `${quoted} has month ${month} when read ${orderWords(order)} — is this file ${orderWords(otherOrder(order))}? If so, ${switchHint(order)}`,
    };
  }
  const problem = procedureDateProblem(read, today);
  if (problem === FUTURE_PROCEDURE_REASON && otherWay !== null && procedureDateProblem(otherWay, today) === null) {
    return {
      ok: false,
      message:
        `${quoted} was read ${orderWords(order)} as ${spelledDay(read)}, which is in the future — ` +
        `if this file puts the ${order === 'month-first' ? 'day' : 'month'} first (${spelledDay(otherWay)}), ${switchHint(order)}`,
    };
  }
  if (problem !== null) return { ok: false, message: `${quoted} ${problem}` };
  return { ok: true, value: read, ambiguous: otherWay !== null && otherWay !== read };
}

export type ExperienceMatch = { ok: true; id: string | null } | { ok: false; message: string };

/**
 * Finds the experience a cell names. The export writes the label the app shows ("IR observership ·
 * Alpha Hospital"), so that is tried first; then the id, then the bare title of older files, which
 * only counts when one experience has it.
 */
export function experienceMatcher(
  experiences: readonly Pick<Experience, 'id' | 'title' | 'organisation'>[],
): (cell: string) => ExperienceMatch {
  const byKey = (keyOf: (e: Pick<Experience, 'id' | 'title' | 'organisation'>) => string) => {
    const map = new Map<string, Pick<Experience, 'id' | 'title' | 'organisation'>[]>();
    for (const experience of experiences) {
      const key = compactKey(keyOf(experience));
      if (key !== '') map.set(key, [...(map.get(key) ?? []), experience]);
    }
    return map;
  };
  const byLabel = byKey(experienceLabel);
  const byId = byKey((e) => e.id);
  const byTitle = byKey((e) => e.title);

  return (cell) => {
    if (cell === '') return { ok: true, id: null };
    const key = compactKey(cell);
    const found = byLabel.get(key) ?? byId.get(key) ?? byTitle.get(key) ?? [];
    const [first] = found;
    if (first && found.length === 1) return { ok: true, id: first.id };
    const quoted = `experience '${clipForMessage(cell)}'`;
    if (!first) return { ok: false, message: `${quoted} is not one of your experiences — add it first or leave the cell empty` };
    const labels = [...new Set(found.map(experienceLabel))];
    return {
      ok: false,
      message:
        labels.length > 1
          ? `${quoted} could be ${labels.map((label) => `'${clipForMessage(label)}'`).join(' or ')} — write the experience as one of those`
          : `${quoted} names ${found.length} of your experiences with the same title and organisation — give them different titles first`,
    };
  };
}

/** The category cell against the procedure's own: the procedure decides, a contradiction is only noted. */
function categoryNote(cell: string, procedure: { name: string; categoryId: CustomProcedure['categoryId'] }): string | null {
  if (cell === '') return null;
  const named = readCategory(cell);
  if (named === procedure.categoryId) return null;
  const listed = findCategory(procedure.categoryId).label;
  return named === undefined
    ? `category '${clipForMessage(cell)}' is not one the app knows; imported under ${listed}, where ${procedure.name} is listed`
    : `category '${clipForMessage(cell)}' does not match ${procedure.name}; imported under ${listed}, where it is listed`;
}

export function validateProcedureRows(
  rows: readonly (readonly string[])[],
  mapping: ProcedureColumnMapping,
  customProcedures: readonly CustomProcedure[],
  experiences: readonly Pick<Experience, 'id' | 'title' | 'organisation'>[],
  slashDates: SlashDateOrder = 'month-first',
): ProcedureImport {
  const result: ProcedureImport = { valid: [], validRows: [], flagged: [], errors: [], warnings: [], monthFirst: { count: 0, example: null } };
  const unmapped = REQUIRED_PROCEDURE_CSV_FIELDS.filter((field) => mapping[field] === null);
  if (unmapped.length > 0) {
    result.errors.push({
      row: 1,
      messages: unmapped.map(
        (field) => `Row 1 (column names): choose which column holds the ${PROCEDURE_CSV_FIELD_LABELS[field].toLowerCase()}`,
      ),
    });
    return result;
  }

  const procedures = procedureLookup(customProcedures);
  const findExperience = experienceMatcher(experiences);

  rows.forEach((row, index) => {
    if (isBlankRow(row)) return;
    const rowNumber = index + 2;
    const messages: string[] = [];
    const notes: string[] = [];
    const problem = (text: string) => messages.push(`Row ${rowNumber}: ${text}`);
    const cell = (field: ProcedureCsvField) => {
      const column = mapping[field];
      const raw = column === null ? '' : (row[column] ?? '').trim();
      return ESCAPED_FORMULA.test(raw) ? raw.slice(1) : raw;
    };

    const dateCell = cell('date');
    let date = '';
    let ambiguousDate = false;
    if (dateCell === '') problem('the date is missing');
    else {
      // The same floor and no-future rule as quick entry, reported with the cell as typed.
      const reading = readCsvDate(dateCell, slashDates);
      if (!reading.ok) problem(reading.message);
      else {
        date = reading.value;
        ambiguousDate = reading.ambiguous;
      }
    }

    const procedureCell = cell('procedure');
    const procedure = procedureCell === '' ? undefined : resolveProcedure(procedureCell, procedures);
    if (procedureCell === '') problem('the procedure is missing');
    else if (!procedure) {
      problem(
        `'${clipForMessage(procedureCell)}' is not a procedure in the taxonomy — pick a listed one or add it as your own procedure first`,
      );
    }

    const category = procedure ? categoryNote(cell('category'), procedure) : null;
    if (category !== null) notes.push(`Row ${rowNumber}: ${category}`);

    const roleCell = cell('role');
    const role = ROLE_LOOKUP.get(compactKey(roleCell));
    if (roleCell === '') problem('the role is missing');
    else if (!role) {
      problem(`role '${clipForMessage(roleCell)}' is not one of observed, assisted, scrubbed in or performed under supervision`);
    }

    const guidance: ImagingGuidance[] = [];
    for (const part of cell('guidance').split(/[;,|/+]/)) {
      if (part.trim() === '') continue;
      const found = GUIDANCE_LOOKUP.get(compactKey(part));
      if (!found) {
        problem(`guidance '${clipForMessage(part.trim())}' is not one of fluoroscopy, ultrasound, CT, cone-beam CT or MRI`);
      } else if (!guidance.includes(found)) guidance.push(found);
    }

    const settingCell = cell('setting');
    // Most logged cases are list cases; an empty setting means scheduled.
    const setting = settingCell === '' ? 'scheduled' : SETTING_LOOKUP.get(compactKey(settingCell));
    if (!setting) problem(`setting '${clipForMessage(settingCell)}' should be scheduled or emergency`);

    const experience = findExperience(cell('experience'));
    if (!experience.ok) problem(experience.message);

    const identifiers: FlaggedRow['findings'] = CHECKED_COLUMNS.flatMap((field) => {
      const text = cell(field);
      const found = findIdentifiers(text);
      return found.length > 0 ? [{ label: PROCEDURE_CSV_FIELD_LABELS[field], kinds: listIdentifierKinds(found), text }] : [];
    });

    if (messages.length === 0 && procedure && role && setting && experience.ok) {
      const candidate = {
        date,
        procedureId: procedure.id,
        role,
        guidance,
        setting,
        experienceId: experience.id,
        attending: cell('attending'),
        learned: cell('learned'),
        patientCare: cell('patientCare'),
        complication: cell('complication'),
        notes: cell('notes'),
      };
      const checked = procedureEntryInputSchema.safeParse(candidate);
      if (checked.success) {
        if (identifiers.length > 0) result.flagged.push({ row: rowNumber, entry: checked.data, findings: identifiers });
        else {
          result.valid.push(checked.data);
          result.validRows.push(rowNumber);
        }
        if (ambiguousDate && slashDates === 'month-first') {
          result.monthFirst.count += 1;
          result.monthFirst.example ??= { cell: dateCell, read: date };
        }
      } else {
        for (const issue of checked.error.issues) {
          const field = String(issue.path[0] ?? '');
          const label = field in PROCEDURE_CSV_FIELD_LABELS ? PROCEDURE_CSV_FIELD_LABELS[field as ProcedureCsvField] : field;
          problem(`${label}: ${issue.message}`);
        }
      }
    }
    if (messages.length > 0) {
      // A skipped row is fixed in the spreadsheet anyway, so say what else would hold it back.
      for (const { label, kinds } of identifiers) {
        problem(`${label} looks like patient data: ${kinds} — remove it, or confirm it is not patient data when you import the row again`);
      }
      result.errors.push({ row: rowNumber, messages });
    } else if (notes.length > 0) result.warnings.push({ row: rowNumber, messages: notes });
  });

  return result;
}
