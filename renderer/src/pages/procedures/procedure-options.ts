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
const searchKey = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '');

/**
 * Matches the typed words against the name and the short forms people use,
 * so "tace" finds Chemoembolization and "y90" finds Radioembolization.
 */
export function procedureOptionsFilter(index: ReadonlyMap<string, ProcedureDefinition>): OptionsFilter {
  return ({ options, search }) => {
    const words = searchKey(search).split(/\s+/).filter(Boolean);
    // Only punctuation ("???") names nothing; only spaces (or nothing) lists everything.
    if (words.length === 0) return search.trim() === '' ? options : [];
    const matches = (item: ComboboxItem) => {
      const procedure = index.get(item.value);
      const haystack = searchKey([item.label, ...(procedure?.aliases ?? [])].join(' '));
      const compact = haystack.replace(/ /g, '');
      return words.every((word) => haystack.includes(word) || compact.includes(word));
    };
    const result: ComboboxParsedItem[] = [];
    for (const option of options) {
      if ('group' in option) {
        const items = option.items.filter(matches);
        if (items.length > 0) result.push({ group: option.group, items });
      } else if (matches(option)) result.push(option);
    }
    return result;
  };
}

/** "Title · Organisation", the way an experience is named in selects and the log. */

export function experienceSelectData(experiences: readonly Experience[]): ComboboxItem[] {
  // Newest first: the experience being logged against is usually the current one.
  return [...experiences]
    .sort((a, b) => (a.startDate < b.startDate ? 1 : a.startDate > b.startDate ? -1 : 0))
    .map((experience) => ({ value: experience.id, label: experienceLabel(experience) }));
}
