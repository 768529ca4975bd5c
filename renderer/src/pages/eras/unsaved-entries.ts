import type { ErasEntry } from '../../../../shared/statement/statement-schema';

/**
 * Edits not yet saved, kept in memory only (the patient-data check runs at save, so
 * nothing unchecked goes to disk) so that a look at another section loses nothing.
 * They apply only while the saved list they started from is unchanged: an import or
 * a restore replaces the data on purpose.
 */
let kept: { base: string; entries: ErasEntry[] } | null = null;

export function keptEntries(saved: readonly ErasEntry[]): ErasEntry[] | null {
  return kept && kept.base === JSON.stringify(saved) ? kept.entries : null;
}

export function keepEntries(saved: readonly ErasEntry[], entries: ErasEntry[]): void {
  const base = JSON.stringify(saved);
  kept = JSON.stringify(entries) === base ? null : { base, entries };
}
