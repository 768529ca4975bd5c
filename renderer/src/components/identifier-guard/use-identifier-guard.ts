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

/** The PHI check every free-text form runs before it saves. */
export function useIdentifierGuard(kind: CheckedRecordKind): IdentifierGuard {
  const [findings, setFindings] = useState<FieldFindings[]>([]);
  const [checkedTexts, setCheckedTexts] = useState<Record<string, string>>({});
  const [confirmed, setConfirmed] = useState(false);

  const allowSave = useCallback(
    (record: object) => {
      const next = identifiersInRecord(kind, record);
      const values = record as Record<string, unknown>;
      const texts = Object.fromEntries(next.map((result) => [result.field, String(values[result.field] ?? '')]));
      if (next.length === 0) {
        setFindings([]);
        setConfirmed(false);
        return true;
      }
      // A confirmation covers the text it was given for; edited text is checked afresh.
      if (confirmed && signature(next, texts) === signature(findings, checkedTexts)) return true;
      setFindings(next);
      setCheckedTexts(texts);
      setConfirmed(false);
      return false;
    },
    [kind, confirmed, findings, checkedTexts],
  );

  const reset = useCallback(() => {
    setFindings([]);
    setCheckedTexts({});
    setConfirmed(false);
  }, []);

  return { findings, checkedTexts, confirmed, setConfirmed, allowSave, reset };
}
