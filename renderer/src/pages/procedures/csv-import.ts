import { MAX_ENTRIES_PER_CALL } from '../../../../shared/ipc/exposure-contract';
import type { Experience } from '../../../../shared/exposure/experience-schema';
import {
  parseCsv,
  validateProcedureRows,
  type ParsedCsv,
  type ProcedureColumnMapping,
  type ProcedureImport,
  type RowError,
  type SlashDateOrder,
} from '../../../../shared/exposure/procedure-csv';
import type { CustomProcedure } from '../../../../shared/exposure/taxonomy';
import type { Result } from '../../../../shared/result';
import { fail } from '../../../../shared/result';
import { formatCount } from '../../../../shared/format-count';

/** A spreadsheet log of a few thousand cases is well under this; larger is not a procedure log. */
export const MAX_CSV_BYTES = 20 * 1024 * 1024;

/** Reads a chosen file's text into rows, refusing what cannot be imported in one go. */
export function readProcedureCsv(text: string): Result<ParsedCsv> {
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const dataRows = parsed.value.rows.length;
  if (dataRows > MAX_ENTRIES_PER_CALL) {
    return fail(
      'validation',
      `The file has ${formatCount(dataRows)} rows; import at most ${formatCount(MAX_ENTRIES_PER_CALL)} at a time. Split it into smaller files.`,
    );
  }
  return parsed;
}

/** Spreadsheet column letters: A..Z, AA, AB… */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function columnOptions(headers: readonly string[]): { value: string; label: string }[] {
  return headers.map((header, index) => ({
    value: String(index),
    label: `${columnLetter(index)} · ${header === '' ? '(no name)' : header}`,
  }));
}

/** The first non-empty value in a column, to show what the column holds. */
export function exampleValue(rows: readonly (readonly string[])[], column: number | null): string | null {
  if (column === null) return null;
  for (const row of rows.slice(0, 200)) {
    const value = (row[column] ?? '').trim();
    if (value !== '') return value.length > 60 ? `${value.slice(0, 57)}…` : value;
  }
  return null;
}

/** The preview table has its own Row column, so "Row 7: " is dropped and the rest starts as a sentence. */
export function withoutRowPrefix(message: string): string {
  const rest = message.replace(/^Row \d+(?: \([^)]*\))?: /, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** Rows checked between two paints: small enough that the window never feels stuck. */
const CHECK_CHUNK = 500;

/**
 * validateProcedureRows over slices, yielding to the browser between them so a
 * ten-thousand-row file shows progress instead of freezing the window.
 * Row numbers stay those of the whole file. Stops early when `cancelled()` says so.
 */
export async function validateRowsInChunks(
  rows: readonly (readonly string[])[],
  mapping: ProcedureColumnMapping,
  customProcedures: readonly CustomProcedure[],
  experiences: readonly Pick<Experience, 'id' | 'title' | 'organisation'>[],
  onProgress: (checked: number) => void,
  cancelled: () => boolean = () => false,
  slashDates: SlashDateOrder = 'month-first',
): Promise<ProcedureImport | null> {
  const result: ProcedureImport = { valid: [], validRows: [], flagged: [], errors: [], warnings: [], monthFirst: { count: 0, example: null } };
  for (let start = 0; start < rows.length; start += CHECK_CHUNK) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (cancelled()) return null;
    const part = validateProcedureRows(rows.slice(start, start + CHECK_CHUNK), mapping, customProcedures, experiences, slashDates);
    result.valid.push(...part.valid);
    result.validRows.push(...part.validRows.map((row) => row + start));
    result.flagged.push(...part.flagged.map((flagged) => ({ ...flagged, row: flagged.row + start })));
    result.monthFirst.count += part.monthFirst.count;
    result.monthFirst.example ??= part.monthFirst.example;
    result.errors.push(...part.errors.map((error) => renumbered(error, start)));
    result.warnings.push(...part.warnings.map((warning) => renumbered(warning, start)));
    onProgress(Math.min(start + CHECK_CHUNK, rows.length));
  }
  return result;
}

/** A slice's row message as a row of the whole file. */
function renumbered(error: RowError, offset: number): RowError {
  const row = error.row + offset;
  return { row, messages: error.messages.map((message) => message.replace(/^Row \d+/, `Row ${row}`)) };
}
