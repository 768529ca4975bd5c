import type { IdentifierKind } from '../../../shared/exposure/find-identifiers';

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
