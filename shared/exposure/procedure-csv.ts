import Papa from 'papaparse';
import { fail, ok, type Result } from '../result';
import { findIdentifiers, listIdentifierKinds } from './find-identifiers';
import type { Experience } from './experience-schema';
import { procedureDateProblem } from './exposure-dates';
import { CHECKED_FIELDS } from './free-text-check';
import { procedureEntryInputSchema, type ImagingGuidance, type ProcedureEntryInput } from './procedure-schema';
import {
  CATEGORY_LOOKUP,
  GUIDANCE_LOOKUP,
  ROLE_LOOKUP,
  SETTING_LOOKUP,
  compactKey,
  lookup,
  procedureLookup,
  readImportDate,
  resolveProcedure,
} from './procedure-vocabulary';
import { findCategory, type CustomProcedure } from './taxonomy';
import { clipForMessage } from '../clip-for-message';
import { ESCAPED_FORMULA } from './exposure-csv-export';

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
  valid: ProcedureEntryInput[];
  errors: RowError[];
  /** Valid rows whose slash date could have been day first, read month first; the first as an example. */
  monthFirst: { count: number; example: { cell: string; read: string } | null };
}

/**
 * Columns checked for patient identifiers before anything is imported: the fields the entry form
 * checks. The attending is a colleague, so "Mr. Patel" there is not held back.
 */
const CHECKED_COLUMNS = Object.keys(CHECKED_FIELDS.procedure) as (keyof typeof CHECKED_FIELDS.procedure)[];

export function validateProcedureRows(
  rows: readonly (readonly string[])[],
  mapping: ProcedureColumnMapping,
  customProcedures: readonly CustomProcedure[],
  experiences: readonly Pick<Experience, 'id' | 'title'>[],
): ProcedureImport {
  const unmapped = REQUIRED_PROCEDURE_CSV_FIELDS.filter((field) => mapping[field] === null);
  if (unmapped.length > 0) {
    return {
      valid: [],
      monthFirst: { count: 0, example: null },
      errors: [
        {
          row: 1,
          messages: unmapped.map(
            (field) =>
              `Row 1 (column names): choose which column holds the ${PROCEDURE_CSV_FIELD_LABELS[field].toLowerCase()}`,
          ),
        },
      ],
    };
  }

  const procedures = procedureLookup(customProcedures);
  const experienceLookup = lookup(experiences.map((e) => [e.id, [e.id, e.title]] as const));
  const valid: ProcedureEntryInput[] = [];
  const errors: RowError[] = [];
  const monthFirst: ProcedureImport['monthFirst'] = { count: 0, example: null };

  rows.forEach((row, index) => {
    if (isBlankRow(row)) return;
    const rowNumber = index + 2;
    const messages: string[] = [];
    const problem = (text: string) => messages.push(`Row ${rowNumber}: ${text}`);
    const cell = (field: ProcedureCsvField) => {
      const column = mapping[field];
      const raw = column === null ? '' : (row[column] ?? '').trim();
      return ESCAPED_FORMULA.test(raw) ? raw.slice(1) : raw;
    };

    const dateCell = cell('date');
    let date = '';
    let readMonthFirst = false;
    if (dateCell === '') problem('the date is missing');
    else {
      const reading = readImportDate(dateCell);
      if (!reading.ok) problem(reading.message);
      else {
        // The same floor and no-future rule as quick entry, reported with the cell as typed.
        const outOfRange = procedureDateProblem(reading.value);
        if (outOfRange === null) {
          date = reading.value;
          readMonthFirst = reading.monthFirst;
        } else problem(`date '${clipForMessage(dateCell)}' ${outOfRange}`);
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

    const categoryCell = cell('category');
    if (procedure && categoryCell !== '') {
      const categoryId = CATEGORY_LOOKUP.get(compactKey(categoryCell));
      if (categoryId !== procedure.categoryId) {
        problem(
          `category '${clipForMessage(categoryCell)}' does not match ${procedure.name}, which is listed under ` +
            `${findCategory(procedure.categoryId).label} — fix one of the two or clear the category`,
        );
      }
    }

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

    const experienceCell = cell('experience');
    const experienceId =
      experienceCell === '' ? null : (experienceLookup.get(compactKey(experienceCell)) ?? null);
    if (experienceCell !== '' && experienceId === null) {
      problem(`experience '${clipForMessage(experienceCell)}' is not one of your experiences — add it first or leave the cell empty`);
    }

    for (const field of CHECKED_COLUMNS) {
      const findings = findIdentifiers(cell(field));
      if (findings.length > 0) {
        problem(
          `${PROCEDURE_CSV_FIELD_LABELS[field]} looks like patient data: ${listIdentifierKinds(findings)} — ` +
            'remove it before importing; the log must stay de-identified',
        );
      }
    }

    if (messages.length === 0 && procedure && role && setting) {
      const candidate = {
        date,
        procedureId: procedure.id,
        role,
        guidance,
        setting,
        experienceId,
        attending: cell('attending'),
        learned: cell('learned'),
        patientCare: cell('patientCare'),
        complication: cell('complication'),
        notes: cell('notes'),
      };
      const checked = procedureEntryInputSchema.safeParse(candidate);
      if (checked.success) {
        valid.push(checked.data);
        if (readMonthFirst) {
          monthFirst.count += 1;
          monthFirst.example ??= { cell: dateCell, read: date };
        }
      } else {
        for (const issue of checked.error.issues) {
          const field = String(issue.path[0] ?? '');
          const label = field in PROCEDURE_CSV_FIELD_LABELS ? PROCEDURE_CSV_FIELD_LABELS[field as ProcedureCsvField] : field;
          problem(`${label}: ${issue.message}`);
        }
      }
    }
    if (messages.length > 0) errors.push({ row: rowNumber, messages });
  });

  return { valid, errors, monthFirst };
}
