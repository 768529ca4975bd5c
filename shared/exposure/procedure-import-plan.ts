import { findDuplicateRows, type DuplicateRows, type NumberedEntry } from './duplicate-entries';
import type { FlaggedRow, ProcedureImport } from './procedure-csv';
import type { ProcedureEntryInput } from './procedure-schema';

/*
 * What the CSV import sends, given the checked rows, the log as it is and the user's choices in
 * the preview: rows already in the log are left out unless asked for, and rows that look like
 * patient data go in only once confirmed one by one.
 */

export interface ImportChoices {
  /** Import rows identical to an entry already in the log anyway. */
  includeInLog: boolean;
  /** Spreadsheet rows the user confirmed are not patient data. */
  confirmedRows: ReadonlySet<number>;
}

export interface ImportPlan {
  /** What will be added, in file order. */
  entries: ProcedureEntryInput[];
  /** Places in `entries` of the rows the user confirmed are not patient data; the rest are still checked on save. */
  confirmedEntries: number[];
  /** Flagged rows the preview asks about: those not already left out as being in the log. */
  toConfirm: FlaggedRow[];
  /** Flagged rows on offer that the user has not confirmed. */
  heldBack: number;
}

type Candidate = NumberedEntry & { flagged: FlaggedRow | null };

/** The importable rows, flagged or not, in file order. */
function candidatesOf(checked: ProcedureImport): Candidate[] {
  const plain = checked.valid.map((entry, i): Candidate => ({ row: checked.validRows[i] ?? 0, entry, flagged: null }));
  const flagged = checked.flagged.map((row): Candidate => ({ row: row.row, entry: row.entry, flagged: row }));
  return [...plain, ...flagged].sort((a, b) => a.row - b.row);
}

/** Rows of the file already in the log, and rows the file repeats; found once per check. */
export function duplicatesInImport(checked: ProcedureImport, existing: readonly ProcedureEntryInput[]): DuplicateRows {
  return findDuplicateRows(candidatesOf(checked), existing);
}

export function planProcedureImport(checked: ProcedureImport, duplicates: DuplicateRows, choices: ImportChoices): ImportPlan {
  const inLog = new Set(duplicates.inLog);
  const plan: ImportPlan = { entries: [], confirmedEntries: [], toConfirm: [], heldBack: 0 };
  for (const candidate of candidatesOf(checked)) {
    if (inLog.has(candidate.row) && !choices.includeInLog) continue;
    if (candidate.flagged) {
      plan.toConfirm.push(candidate.flagged);
      if (!choices.confirmedRows.has(candidate.row)) {
        plan.heldBack += 1;
        continue;
      }
      plan.confirmedEntries.push(plan.entries.length);
    }
    plan.entries.push(candidate.entry);
  }
  return plan;
}
