import { identifiersInTexts, type FreeText, type TextFindings } from '../exposure/free-text-check';
import type { OutlineSection } from './statement-schema';

const titles = (sections: readonly OutlineSection[]): FreeText[] =>
  sections.map((section, index) => ({ field: `section-${index + 1}`, label: `Section ${index + 1} title`, text: section.title }));

/**
 * Suspected identifiers in an outline, one entry per section title that holds any, labelled
 * with the section's place, so a warning names only the titles to fix. Titles the `saved`
 * outline already holds were checked when it was saved, so they are skipped.
 */
export function identifiersInOutline(sections: readonly OutlineSection[], saved: readonly OutlineSection[] = []): TextFindings[] {
  return identifiersInTexts(titles(sections), titles(saved));
}
