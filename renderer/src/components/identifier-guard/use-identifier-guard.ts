import { useCallback, useState } from 'react';
import { identifiersInRecord, type CheckedRecordKind, type FieldFindings } from '../../../../shared/exposure/free-text-check';

export interface IdentifierGuard {
  /** Findings from the last save attempt; empty when the text looked clean. */
  findings: FieldFindings[];
  /** The texts the findings were made on, to highlight the spans. */
  checkedTexts: Record<string, string>;
  confirmed: boolean;
  setConfirmed: (confirmed: boolean) => void;
  /**
   * Call on save. True when nothing looks like patient data, or the user has
   * confirmed these exact findings; otherwise shows the warning and returns false.
   */
  allowSave: (record: object) => boolean;
  reset: () => void;
}

const signature = (results: readonly FieldFindings[], texts: Record<string, string>) =>
  JSON.stringify(results.map((result) => [result.field, texts[result.field]]));

/** What a check of one record found, with the text each finding was made on. */
export interface RecordCheck {
  findings: FieldFindings[];
  texts: Record<string, string>;
}

/**
 * The guard around any check of a record about to be saved; `check` must be stable
 * (memoised). The forms use `useIdentifierGuard`; a form whose text sits in nested lists
 * (a program) passes a check of its own.
 */
export function useCheckGuard(check: (record: object) => RecordCheck): IdentifierGuard {
  const [findings, setFindings] = useState<FieldFindings[]>([]);
  const [checkedTexts, setCheckedTexts] = useState<Record<string, string>>({});
  const [confirmed, setConfirmed] = useState(false);

  const allowSave = useCallback(
    (record: object) => {
      const next = check(record);
      if (next.findings.length === 0) {
        setFindings([]);
        setConfirmed(false);
        return true;
      }
      // A confirmation covers the text it was given for; edited text is checked afresh.
      if (confirmed && signature(next.findings, next.texts) === signature(findings, checkedTexts)) return true;
      setFindings(next.findings);
      setCheckedTexts(next.texts);
      setConfirmed(false);
      return false;
    },
    [check, confirmed, findings, checkedTexts],
  );

  const reset = useCallback(() => {
    setFindings([]);
    setCheckedTexts({});
    setConfirmed(false);
  }, []);

  return { findings, checkedTexts, confirmed, setConfirmed, allowSave, reset };
}

/** The PHI check every free-text form runs before it saves. */
export function useIdentifierGuard(kind: CheckedRecordKind): IdentifierGuard {
  const check = useCallback(
    (record: object): RecordCheck => {
      const findings = identifiersInRecord(kind, record);
      const values = record as Record<string, unknown>;
      return { findings, texts: Object.fromEntries(findings.map((result) => [result.field, String(values[result.field] ?? '')])) };
    },
    [kind],
  );
  return useCheckGuard(check);
}
