import { findIdentifiers } from '../exposure/find-identifiers';
import type { FieldFindings } from '../exposure/free-text-check';
import type { OutlineSection } from './statement-schema';

/**
 * Suspected identifiers in an outline, one entry per section title that holds any, labelled
 * with the section's place, so a warning names only the titles to fix. `texts` holds each
 * flagged title under the same field name, for highlighting.
 */
export function identifiersInOutline(sections: readonly OutlineSection[]): { findings: FieldFindings[]; texts: Record<string, string> } {
  const findings: FieldFindings[] = [];
  const texts: Record<string, string> = {};
  sections.forEach((section, index) => {
    const found = findIdentifiers(section.title);
    if (found.length === 0) return;
    const field = `section-${index + 1}`;
    findings.push({ field, label: `Section ${index + 1} title`, findings: found });
    texts[field] = section.title;
  });
  return { findings, texts };
}
