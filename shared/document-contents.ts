import { emptyDocument, type AppDocument } from './schema/document';
import { countWords } from './statement/text-counts';

/** What a document holds, shown before an import or the sample replaces the data, so the user knows what they get or give up. */
export function documentCounts(doc: AppDocument): Record<string, number> {
  return {
    profile: doc.profile ? 1 : 0,
    experiences: doc.experiences.length,
    'research outputs': doc.researchOutputs.length,
    'logged procedures': doc.procedures.length,
    programs: doc.shortlist.programs.length,
    'talking points': doc.statement.talkingPoints.length,
    'words in the statement draft': countWords(doc.statement.draft.text),
    'ERAS entries': doc.statement.erasEntries.length,
  };
}

/**
 * True when the data is the applicant's own work: not the sample, and changed in any way from a
 * new, empty file (an entry, a setting, a renamed outline section — anything).
 */
export function holdsApplicantData(doc: AppDocument): boolean {
  if (doc.meta.sample) return false;
  const empty = emptyDocument(new Date(doc.meta.createdAt));
  return !sameData({ ...doc, meta: null }, { ...empty, meta: null });
}

/** Structural equality of JSON data, ignoring the order of object keys. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
