import { describeFieldFindings, identifiersInRecord, type CheckedRecordKind, type FieldFindings } from '../../../shared/exposure/free-text-check';
import { AppFailure } from '../../../shared/result';

/**
 * Refuses the save when unconfirmed free text looks like patient data. The renderer warns first;
 * this refusal is the backstop for a caller that skipped the warning.
 */
export function refuseIdentifiers(findings: readonly FieldFindings[], prefix = ''): void {
  if (findings.length > 0) throw new AppFailure('validation', `${prefix}${describeFieldFindings(findings)}`);
}

/**
 * Refuses records whose free text looks like patient data unless the user confirmed it. Text the
 * `saved` records of the same kind already hold was checked when it was saved, so only new or
 * edited text is checked: a confirmed description is not refused when only the title changes.
 */
export function guardFreeText(kind: CheckedRecordKind, records: readonly object[], confirmed: boolean, saved: readonly object[] = []): void {
  if (confirmed) return;
  for (const record of records) refuseIdentifiers(identifiersInRecord(kind, record, saved));
}

/** The stored record a save edits, as the `saved` list for guardFreeText: empty for a new record. */
export const storedWithId = <T extends { id: string }>(list: readonly T[], id: string | undefined): T[] => list.filter((item) => item.id === id);
