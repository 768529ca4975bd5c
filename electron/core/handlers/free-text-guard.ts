import { describeFieldFindings, identifiersInRecord, type CheckedRecordKind } from '../../../shared/exposure/free-text-check';
import { AppFailure } from '../../../shared/result';

/** The renderer warns first; this refusal is the backstop for a caller that skipped the warning. */
export function guardFreeText(kind: CheckedRecordKind, records: readonly object[], confirmed: boolean): void {
  if (confirmed) return;
  for (const record of records) {
    const findings = identifiersInRecord(kind, record);
    if (findings.length > 0) throw new AppFailure('validation', describeFieldFindings(findings));
  }
}
