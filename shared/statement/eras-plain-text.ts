/**
 * ERAS takes plain text. What will not survive the trip — formatting marks, smart
 * punctuation, emoji, invisible characters — is found, reported and replaced here,
 * so the applicant sees exactly what ERAS will show. Accented letters (é, ñ, ü) are
 * kept: they are ordinary text in names of people and places.
 */

export type PlainTextChangeKind =
  | 'formatting'
  | 'html-tag'
  | 'bullet'
  | 'smart-quote'
  | 'dash'
  | 'ellipsis'
  | 'emoji-or-symbol'
  | 'invisible'
  | 'special-space';

export const PLAIN_TEXT_CHANGE_LABELS: Record<PlainTextChangeKind, string> = {
  formatting: 'Bold, italic or heading marks removed',
  'html-tag': 'HTML tags removed',
  bullet: 'Bullet symbols turned into hyphens',
  'smart-quote': 'Curly quotes made straight',
  dash: 'Long dashes turned into hyphens',
  ellipsis: 'Ellipsis character written as three dots',
  'emoji-or-symbol': 'Emoji and symbols removed',
  invisible: 'Invisible characters removed',
  'special-space': 'Tabs and special spaces made plain spaces',
};

export interface PlainTextChange {
  kind: PlainTextChangeKind;
  count: number;
  /** The first thing replaced, as it was typed. */
  example: string;
}

export interface PlainTextResult {
  text: string;
  changes: PlainTextChange[];
}

interface Rule {
  kind: PlainTextChangeKind;
  pattern: RegExp;
  replace: string | ((match: string, ...groups: string[]) => string);
}

// Order matters: tags and markdown before symbol removal, so "**" is read as bold.
const RULES: readonly Rule[] = [
  { kind: 'html-tag', pattern: /<\/?(?:b|i|u|em|strong|p|br|span|div|ul|ol|li|h[1-6])\b[^>]*>/gi, replace: '' },
  { kind: 'formatting', pattern: /(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, replace: (_m, _mark, inner) => inner ?? '' },
  { kind: 'formatting', pattern: /(^|[\s(])([*_])(?=\S)([^*_\n]*?\S)\2(?=[\s).,;:!?]|$)/gm, replace: (_m, before, _mark, inner) => `${before ?? ''}${inner ?? ''}` },
  { kind: 'formatting', pattern: /^#{1,6}[ \t]+/gm, replace: '' },
  { kind: 'bullet', pattern: /^([ \t]*)[•◦▪▫●○■□►▶➤✓✔*+][ \t]+/gm, replace: (_m, indent) => `${indent ?? ''}- ` },
  { kind: 'bullet', pattern: /[•◦▪●]/g, replace: '-' },
  { kind: 'smart-quote', pattern: /[‘’‚‛′]/g, replace: "'" },
  { kind: 'smart-quote', pattern: /[“”„‟″«»]/g, replace: '"' },
  { kind: 'dash', pattern: /[‐‑‒–—―−]/g, replace: '-' },
  { kind: 'ellipsis', pattern: /…/g, replace: '...' },
  { kind: 'invisible', pattern: /[\u200B-\u200D\u2060\uFEFF\u00AD]/g, replace: '' },
  { kind: 'special-space', pattern: /[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, replace: ' ' },
  // Anything left outside Latin letters, digits, ordinary punctuation and whitespace.
  { kind: 'emoji-or-symbol', pattern: /[^\p{Script=Latin}\p{N}\p{P}\s$+<=>^`|~]\uFE0F?/gu, replace: '' },
];

/** Invisible characters and spaces are named by code point; anything else shown as typed. */
function describeMatch(kind: PlainTextChangeKind, match: string): string {
  if (kind !== 'invisible' && kind !== 'special-space') return match.trim();
  return [...match].map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}

export function toErasPlainText(input: string): PlainTextResult {
  let text = input.replace(/\r\n?/g, '\n');
  const changes = new Map<PlainTextChangeKind, PlainTextChange>();
  for (const rule of RULES) {
    text = text.replace(rule.pattern, (match: string, ...rest: unknown[]) => {
      const groups = rest.filter((value): value is string => typeof value === 'string');
      const replacement = typeof rule.replace === 'string' ? rule.replace : rule.replace(match, ...groups);
      if (replacement !== match) {
        const change = changes.get(rule.kind);
        if (change) change.count += 1;
        else changes.set(rule.kind, { kind: rule.kind, count: 1, example: describeMatch(rule.kind, match) });
      }
      return replacement;
    });
  }
  // Removing symbols can leave doubled or trailing spaces; tidy those (only after a change,
  // so text that needed nothing comes back exactly as typed).
  if (changes.size > 0) text = text.replace(/[ ]{2,}/g, ' ').replace(/[ ]+(\n|$)/g, '$1');
  return { text, changes: [...changes.values()] };
}
