import { useCallback } from 'react';
import { identifiersInProgram } from '../../../../shared/programs/program-free-text';
import type { Program, ProgramDraft } from '../../../../shared/programs/program-schema';
import { useCheckGuard, type IdentifierGuard } from '../../components/identifier-guard/use-identifier-guard';

/**
 * The identifier guard for a program draft, whose free text sits in nested lists. Only text
 * new to the `saved` program is checked, as the main process does. `allowSave` takes the whole
 * ProgramDraft about to be sent.
 */
export function useProgramIdentifierGuard(saved: Program): IdentifierGuard {
  const check = useCallback((record: object) => identifiersInProgram(record as ProgramDraft, saved), [saved]);
  return useCheckGuard(check);
}
