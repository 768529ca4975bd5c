import { useCallback, useState } from 'react';
import { identifiersInProgram, type ProgramTextFindings } from '../../../../shared/programs/program-free-text';
import type { Program, ProgramDraft } from '../../../../shared/programs/program-schema';
import type { IdentifierGuard } from '../../components/identifier-guard/use-identifier-guard';

const signature = (results: readonly ProgramTextFindings[]) => JSON.stringify(results.map((result) => [result.field, result.text]));

/**
 * The identifier guard (see use-identifier-guard.ts) for a program draft, whose free text sits
 * in nested lists. Only text new to the `saved` program is checked, as the main process does.
 * `allowSave` takes the whole ProgramDraft about to be sent.
 */
export function useProgramIdentifierGuard(saved: Program): IdentifierGuard {
  const [findings, setFindings] = useState<ProgramTextFindings[]>([]);
  const [confirmed, setConfirmed] = useState(false);

  const allowSave = useCallback(
    (record: object) => {
      const next = identifiersInProgram(record as ProgramDraft, saved);
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
    [saved, confirmed, findings],
  );

  const reset = useCallback(() => {
    setFindings([]);
    setConfirmed(false);
  }, []);

  const checkedTexts = Object.fromEntries(findings.map((result) => [result.field, result.text]));
  return { findings, checkedTexts, confirmed, setConfirmed, allowSave, reset };
}
