import type { ProcedureEntryInput } from './procedure-schema';

/*
 * When is an imported row the same case as one already logged? Used by the CSV import so that
 * importing a file twice (or a corrected file with the rows that already went in) does not
 * double the log.
 */

/** Case, spacing and line endings do not make two texts different: "Dr. Rahman " is "dr. rahman". */
const sameText = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Everything the user entered about a case, in one string: same key, same entry. The imaging is a
 * set, so "CT; Ultrasound" and "Ultrasound; CT" are the same case.
 */
export function duplicateKey(entry: ProcedureEntryInput): string {
  return JSON.stringify([
    entry.date,
    entry.procedureId,
    entry.role,
    [...entry.guidance].sort(),
    entry.setting,
    entry.experienceId,
    sameText(entry.attending),
    sameText(entry.learned),
    sameText(entry.patientCare),
    sameText(entry.complication),
    sameText(entry.notes),
  ]);
}

/** Same date, procedure, role, imaging, setting, experience, attending and text. */
export function sameProcedureEntry(a: ProcedureEntryInput, b: ProcedureEntryInput): boolean {
  return duplicateKey(a) === duplicateKey(b);
}

export interface NumberedEntry {
  /** Spreadsheet row number. */
  row: number;
  entry: ProcedureEntryInput;
}

export interface DuplicateRows {
  /** Rows identical to an entry already in the log. */
  inLog: number[];
  /** Rows not in the log but identical to an earlier row of the same file, with that row. */
  repeated: { row: number; sameAs: number }[];
}

/**
 * Marks the rows already in the log and the rows repeated within the file. Counts matter: a day
 * with three identical quick entries exports as three identical rows, so three existing entries
 * cover three rows and a fourth identical row is new (and marked as a repeat).
 */
export function findDuplicateRows(rows: readonly NumberedEntry[], existing: readonly ProcedureEntryInput[]): DuplicateRows {
  const unmatched = new Map<string, number>();
  for (const entry of existing) {
    const key = duplicateKey(entry);
    unmatched.set(key, (unmatched.get(key) ?? 0) + 1);
  }
  const firstRowOf = new Map<string, number>();
  const result: DuplicateRows = { inLog: [], repeated: [] };
  for (const { row, entry } of rows) {
    const key = duplicateKey(entry);
    const first = firstRowOf.get(key);
    if (first === undefined) firstRowOf.set(key, row);
    const left = unmatched.get(key) ?? 0;
    if (left > 0) {
      unmatched.set(key, left - 1);
      result.inLog.push(row);
    } else if (first !== undefined) result.repeated.push({ row, sameAs: first });
  }
  return result;
}
