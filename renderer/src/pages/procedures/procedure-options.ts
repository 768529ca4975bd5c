import type { ComboboxItem, ComboboxItemGroup, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import type { Experience } from '../../../../shared/exposure/experience-schema';
import { CATEGORIES, proceduresInCategory, type CustomProcedure, type ProcedureDefinition } from '../../../../shared/exposure/taxonomy';
import { experienceLabel } from '../../../../shared/exposure/experience-label';

/** Select data: every procedure, listed and the user's own, grouped by case-mix category. */
export function procedureSelectData(customProcedures: readonly CustomProcedure[]): ComboboxItemGroup<ComboboxItem>[] {
  return CATEGORIES.map((category) => ({
    group: category.label,
    items: proceduresInCategory(category.id, customProcedures).map((procedure) => ({
      value: procedure.id,
      label: procedure.name,
    })),
  })).filter((group) => group.items.length > 0);
}

// Letters of any script, so an own procedure named "Эмболизация" can be found by typing it.
const searchKey = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '').replace(/\s+/g, ' ').trim();
const squeeze = (value: string) => value.replace(/ /g, '');

/** How well an option answers the typed text; lower is better, null is no match. */
const EXACT = 0;
const STARTS_WITH = 1;
const WORD_START = 2;
const ANYWHERE = 3;

/**
 * Ranks one procedure's name and short forms against the typed text: the exact name or short form
 * ("port" is Port placement's), then a name starting with it, then every typed word starting a
 * word ("port" in "portosystemic"), then the words anywhere.
 */
export function matchRank(names: readonly string[], search: string): number | null {
  const phrase = searchKey(search);
  const words = phrase.split(' ').filter(Boolean);
  if (words.length === 0) return null;
  const keys = names.map(searchKey).filter((key) => key !== '');
  if (keys.some((key) => key === phrase || squeeze(key) === squeeze(phrase))) return EXACT;
  if (keys.some((key) => key.startsWith(phrase) || squeeze(key).startsWith(squeeze(phrase)))) return STARTS_WITH;
  const keyWords = keys.flatMap((key) => key.split(' '));
  if (words.every((word) => keyWords.some((keyWord) => keyWord.startsWith(word)))) return WORD_START;
  const haystack = keys.join(' ');
  return words.every((word) => haystack.includes(word) || squeeze(haystack).includes(word)) ? ANYWHERE : null;
}

const flatItems = (options: readonly ComboboxParsedItem[]): ComboboxItem[] =>
  options.flatMap((option) => ('group' in option ? option.items : [option]));

/**
 * Matches the typed words against the name and the short forms people use, so "tace" finds
 * Chemoembolization and "y90" finds Radioembolization. While searching, the list is one flat
 * list, best match first: Enter takes the top option, and "port" must mean Port placement, not
 * the TIPS that happens to sit in an earlier category. Equal matches keep the category order.
 */
export function procedureOptionsFilter(index: ReadonlyMap<string, ProcedureDefinition>): OptionsFilter {
  return ({ options, search }) => {
    // Only spaces (or nothing) lists everything, by category; only punctuation ("???") names nothing.
    if (search.trim() === '') return options;
    const namesOf = (item: ComboboxItem) => [item.label, ...(index.get(item.value)?.aliases ?? [])];
    return flatItems(options)
      .map((item, order) => ({ item, order, rank: matchRank(namesOf(item), search) }))
      .filter((match): match is { item: ComboboxItem; order: number; rank: number } => match.rank !== null)
      .sort((a, b) => a.rank - b.rank || a.order - b.order)
      .map((match) => match.item);
  };
}

/** How many procedures the typed text matches: leaving the field picks one only when it is the only one. */
export function countProcedureMatches(
  filter: OptionsFilter,
  options: readonly ComboboxParsedItem[],
  search: string,
): number {
  if (search.trim() === '') return 0;
  return flatItems(filter({ options: [...options], search, limit: Infinity })).length;
}

/** "Title · Organisation", the way an experience is named in selects and the log. */

export function experienceSelectData(experiences: readonly Experience[]): ComboboxItem[] {
  // Newest first: the experience being logged against is usually the current one.
  return [...experiences]
    .sort((a, b) => (a.startDate < b.startDate ? 1 : a.startDate > b.startDate ? -1 : 0))
    .map((experience) => ({ value: experience.id, label: experienceLabel(experience) }));
}
