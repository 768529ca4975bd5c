import { useCallback, useState } from 'react';
import { identifiersInRecord, type CheckedRecordKind, type TextFindings } from '../../../../shared/exposure/free-text-check';

export interface IdentifierGuard {
  /** Findings from the last save attempt, each with the text it was made on; empty when the text looked clean. */
  findings: TextFindings[];
  confirmed: boolean;
  setConfirmed: (confirmed: boolean) => void;
  /**
   * Call on save. True when nothing looks like patient data, or the user has
   * confirmed these exact findings; otherwise shows the warning and returns false.
   */
  allowSave: (record: object) => boolean;
  reset: () => void;
}

const signature = (results: readonly TextFindings[]) => JSON.stringify(results.map((result) => [result.field, result.text]));

/**
 * The guard around any check of a record about to be saved; `check` should be memoised. The
 * forms use `useIdentifierGuard`; a form whose text sits in nested lists (a program, the ERAS
 * list) passes a check of its own.
 */
export function useCheckGuard(check: (record: object) => TextFindings[]): IdentifierGuard {
  const [findings, setFindings] = useState<TextFindings[]>([]);
  const [confirmed, setConfirmed] = useState(false);

  const allowSave = useCallback(
    (record: object) => {
      const next = check(record);
      if (next.length === 0) {
        setFindings([]);
        setConfirmed(false);
        return true;
      }
      // A confirmation covers the text it was given for; edited text is checked afresh.
      if (confirmed && signature(next) === signature(findings)) return true;
      setFindings(next);
      setConfirmed(false);
      return false;
    },
    [check, confirmed, findings],
  );

  const reset = useCallback(() => {
    setFindings([]);
    setConfirmed(false);
  }, []);

  return { findings, confirmed, setConfirmed, allowSave, reset };
}

/**
 * The PHI check every free-text form runs before it saves. Pass the `saved` record when editing
 * one: text it already holds was checked when it was saved, as the main process knows too.
 */
export function useIdentifierGuard(kind: CheckedRecordKind, saved?: object | null): IdentifierGuard {
  const check = useCallback((record: object) => identifiersInRecord(kind, record, saved ? [saved] : []), [kind, saved]);
  return useCheckGuard(check);
}
