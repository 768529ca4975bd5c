import type { Experience } from '../exposure/experience-schema';
import { identifiersInTexts, recordTexts, type FreeText, type TextFindings } from '../exposure/free-text-check';
import type { ErasEntry } from './statement-schema';

/** Every entry's checked text, labelled with the experience it describes. */
function erasTexts(entries: readonly ErasEntry[], titles: ReadonlyMap<string, string>): FreeText[] {
  return entries.flatMap((entry, index) => {
    const title = titles.get(entry.experienceId) ?? `Entry ${index + 1}`;
    return recordTexts('erasEntry', entry).map((text) => ({
      field: `${entry.experienceId}.${text.field}`,
      label: `${title}: ${text.label}`,
      text: text.text,
    }));
  });
}

/**
 * Suspected identifiers in the ERAS list, one result per entry text that holds any, named by the
 * entry's experience title, so a warning shows only the text to fix and says whose it is. Text the
 * `saved` list already holds was checked when it was saved, so it is skipped.
 */
export function identifiersInErasEntries(
  entries: readonly ErasEntry[],
  experiences: readonly Pick<Experience, 'id' | 'title'>[],
  saved: readonly ErasEntry[] = [],
): TextFindings[] {
  const titles = new Map(experiences.map((experience) => [experience.id, experience.title]));
  return identifiersInTexts(erasTexts(entries, titles), erasTexts(saved, titles));
}
