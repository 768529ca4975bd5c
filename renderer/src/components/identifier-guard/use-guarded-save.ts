import { useState } from 'react';
import type { IdentifierGuard } from './use-identifier-guard';

export interface GuardedSave {
  saving: boolean;
  /**
   * Checks `record` for patient identifiers, then runs `save` with whether the user
   * confirmed the findings. Resolves to the save's result, or undefined when the check
   * held the save back or the save failed (the save has already shown why, and the
   * form keeps everything typed).
   */
  submit: <R>(record: object, save: (confirmedNotPatientData: boolean) => Promise<R>) => Promise<R | undefined>;
}

/** Save a form's record only once the identifier guard lets it through, with a busy flag. */
export function useGuardedSave(guard: IdentifierGuard): GuardedSave {
  const [saving, setSaving] = useState(false);
  const submit = async <R,>(record: object, save: (confirmedNotPatientData: boolean) => Promise<R>): Promise<R | undefined> => {
    if (!guard.allowSave(record)) return undefined;
    setSaving(true);
    try {
      return await save(guard.confirmed);
    } catch {
      return undefined;
    } finally {
      setSaving(false);
    }
  };
  return { saving, submit };
}
