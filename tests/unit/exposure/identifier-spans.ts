import { expect, it } from 'vitest';
import { findIdentifiers, type IdentifierKind } from '../../../shared/exposure/find-identifiers';

export type Expected = [kind: IdentifierKind, snippet: string];

/** Builds the exact expected spans from the snippets, in order. */
export function spans(text: string, expected: Expected[]) {
  let from = 0;
  return expected.map(([kind, snippet]) => {
    const start = text.indexOf(snippet, from);
    if (start < 0) throw new Error(`test bug: "${snippet}" not in "${text}"`);
    from = start + snippet.length;
    return { kind, start, end: start + snippet.length };
  });
}

/**
 * One test per text: each `flagged` text gives exactly its expected spans, each `leftAlone` text
 * none, read against `year` (a bare birth year depends on it). Call inside a `describe`.
 */
export function itChecksIdentifierTables(
  flagged: Record<string, [text: string, expected: Expected[]][]>,
  leftAlone: Record<string, string[]>,
  year: number,
): void {
  for (const [group, cases] of Object.entries(flagged)) {
    it.each(cases)(`flags ${group}: %s`, (text, expected) => {
      expect(findIdentifiers(text, year)).toEqual(spans(text, expected));
    });
  }
  for (const [group, texts] of Object.entries(leftAlone)) {
    it.each(texts)(`leaves alone ${group}: %s`, (text) => {
      expect(findIdentifiers(text, year)).toEqual([]);
    });
  }
}
