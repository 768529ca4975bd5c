/**
 * ERAS takes plain text. What will not survive the trip — formatting marks, smart
 * punctuation, emoji, invisible characters — is found, reported and replaced here,
 * so the applicant sees exactly what ERAS will show. Accented letters (é, ñ, ü) are
 * kept: they are ordinary text in names of people and places. Symbols and Greek letters
 * with a plain spelling are written out, never dropped, so no meaning or unit is lost
 * (µg → mcg, ≥ → >=, β → beta); what has none (words in other alphabets, emoji) is
 * removed and every distinct piece is listed, so nothing goes missing unseen.
 * Text is first put in composed form (NFC): "é" pasted from a PDF or macOS as "e" plus a
 * separate accent becomes the one letter "é", so the accent is kept, not dropped as a symbol.
 */
import { asWord, CURRENCY_CODES, greekLetterName, greekPairSpelling, subscriptSpelling, superscriptSpelling, SYMBOL_SPELLINGS, type Around } from './symbol-spellings';

export type PlainTextChangeKind =
  | 'formatting'
  | 'html-tag'
  | 'bullet'
  | 'smart-quote'
  | 'dash'
  | 'ellipsis'
  | 'written-out'
  | 'other-script'
  | 'loose-accent'
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
  'written-out': 'Symbols and Greek letters written out in plain letters',
  'other-script': 'Words in other alphabets removed — spell them in Latin letters',
  'loose-accent': 'Accent marks that do not combine with their letter into one character removed',
  'emoji-or-symbol': 'Emoji and symbols removed',
  invisible: 'Invisible characters removed',
  'special-space': 'Tabs and special spaces made plain spaces',
};

/** Kinds whose every distinct change is listed: they rewrite or drop words, not just marks. */
const LISTED_IN_FULL: ReadonlySet<PlainTextChangeKind> = new Set(['written-out', 'other-script', 'loose-accent', 'emoji-or-symbol']);

export interface PlainTextChange {
  kind: PlainTextChangeKind;
  count: number;
  /**
   * What was replaced, as it was typed: the first instance, or for the kinds that rewrite
   * or drop words every distinct one, comma-separated ("β → beta, µg → mcg"; "Москва, 北京").
   */
  example: string;
}

export interface PlainTextResult {
  text: string;
  changes: PlainTextChange[];
}

interface Rule {
  kind: PlainTextChangeKind;
  pattern: RegExp;
  /** Groups that did not take part in the match come as ''. */
  replace: string | ((match: string, groups: string[], around: Around) => string);
}

// Order matters: tags and markdown before symbol removal, so "**" is read as bold.
const RULES: readonly Rule[] = [
  { kind: 'html-tag', pattern: /<\/?(?:b|i|u|em|strong|p|br|span|div|ul|ol|li|h[1-6])\b[^>]*>/gi, replace: '' },
  { kind: 'formatting', pattern: /(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, replace: (_m, [, inner = '']) => inner },
  { kind: 'formatting', pattern: /(^|[\s(])([*_])(?=\S)([^*_\n]*?\S)\2(?=[\s).,;:!?]|$)/gm, replace: (_m, [before = '', , inner = '']) => `${before}${inner}` },
  { kind: 'formatting', pattern: /^#{1,6}[ \t]+/gm, replace: '' },
  { kind: 'bullet', pattern: /^([ \t]*)[•◦▪▫●○■□►▶➤✓✔*+][ \t]+/gm, replace: (_m, [indent = '']) => `${indent}- ` },
  { kind: 'bullet', pattern: /[•◦▪●]/g, replace: '-' },
  { kind: 'smart-quote', pattern: /[‘’‚‛′]/g, replace: "'" },
  { kind: 'smart-quote', pattern: /[“”„‟″«»]/g, replace: '"' },
  { kind: 'dash', pattern: /[‐‑‒–—―−]/g, replace: '-' },
  { kind: 'ellipsis', pattern: /…/g, replace: '...' },
  { kind: 'invisible', pattern: /[\u200B-\u200D\u2060\uFEFF\u00AD]/g, replace: '' },
  { kind: 'special-space', pattern: /[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, replace: ' ' },
  // Written out before anything is removed. "mcg" for micrograms, the usual clinical
  // abbreviation ("ug" is too easily read as "mg"); "micron" for µm, as embolic particle
  // sizes are spoken; "micro" before any other unit (µL → microL). Never inside a Greek word.
  { kind: 'written-out', pattern: /(?<!\p{Script=Greek})[µμ]g(?!\p{L})/gu, replace: 'mcg' },
  { kind: 'written-out', pattern: /(?<!\p{Script=Greek})[µμ]m(?!\p{L})/gu, replace: 'micron' },
  { kind: 'written-out', pattern: /(?<!\p{Script=Greek})[µμ](?=\p{Script=Latin})/gu, replace: 'micro' },
  { kind: 'written-out', pattern: /°(?:[ \t]*([CF])(?![\p{L}\p{N}]))?/gu, replace: (_m, [unit = ''], around) => asWord(unit ? `degrees ${unit}` : 'degrees', around) },
  { kind: 'written-out', pattern: /[℃℉]/g, replace: (sign, _groups, around) => asWord(sign === '℃' ? 'degrees C' : 'degrees F', around) },
  // A lone Greek letter is a symbol (β-blocker, TGF-β), and so is a pair (αβ T cells, γδ);
  // a longer run is a Greek word, removed below.
  { kind: 'written-out', pattern: /(?<!\p{Script=Greek})[\p{Script=Greek}µ](?!\p{Script=Greek})/gu, replace: (letter) => greekLetterName(letter) ?? letter },
  { kind: 'written-out', pattern: /(?<!\p{Script=Greek})\p{Script=Greek}{2}(?!\p{Script=Greek})/gu, replace: (pair) => greekPairSpelling(pair) ?? pair },
  { kind: 'written-out', pattern: /[×≥≤±≈∼≠÷→←↔⇒]/g, replace: (symbol) => SYMBOL_SPELLINGS[symbol] ?? symbol },
  { kind: 'written-out', pattern: /[⁰¹²³⁴-⁹⁺⁻]+/g, replace: superscriptSpelling },
  { kind: 'written-out', pattern: /[₀-₉]+/g, replace: subscriptSpelling },
  { kind: 'written-out', pattern: /[€£¥]/g, replace: (sign, _groups, around) => asWord(CURRENCY_CODES[sign] ?? sign, around) },
  // Letters of other alphabets (with their accents) have no safe spelling to guess: removed, and listed.
  { kind: 'other-script', pattern: /(?:(?!\p{Script=Latin})\p{L}\p{M}*)+/gu, replace: '' },
  // An accent still separate after composing has no one-character form ("q" + tilde): it
  // cannot be trusted to show, and alone it is invisible, so it is named with its letter.
  // Variation selectors (U+FE00–FE0F) belong to emoji and go with them below.
  { kind: 'loose-accent', pattern: /(?<=(\p{Script=Latin})?)(?:(?![\uFE00-\uFE0F])[\p{Mn}\p{Mc}])+/gu, replace: '' },
  // Anything left outside Latin letters, digits, ordinary punctuation and whitespace.
  { kind: 'emoji-or-symbol', pattern: /[^\p{Script=Latin}\p{N}\p{P}\s$+<=>^`|~]\uFE0F?/gu, replace: '' },
];

const codePoints = (text: string) => [...text].map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');

/**
 * Invisible characters and spaces are named by code point; a written-out symbol with its
 * spelling; a loose accent by code point with the letter it was on; anything else as typed.
 */
function describeMatch(kind: PlainTextChangeKind, match: string, replacement: string, groups: string[]): string {
  if (kind === 'written-out') return `${match.trim()} → ${replacement.trim()}`;
  if (kind === 'loose-accent') return groups[0] ? `accent ${codePoints(match)} on “${groups[0]}”` : `accent ${codePoints(match)} on no letter`;
  if (kind !== 'invisible' && kind !== 'special-space') return match.trim();
  return codePoints(match);
}

/** The groups of a match out of String.replace's positional arguments ('' for one that did not take part). */
function groupsOf(rest: unknown[]): string[] {
  return rest.slice(0, rest.findIndex((value) => typeof value === 'number')).map((group) => (typeof group === 'string' ? group : ''));
}

/** Calls a rule's replacement with its groups and neighbours out of String.replace's positional arguments. */
function applyRule(rule: Rule, match: string, rest: unknown[]): string {
  if (typeof rule.replace === 'string') return rule.replace;
  const at = rest.findIndex((value) => typeof value === 'number');
  const offset = rest[at] as number;
  const whole = rest[at + 1] as string;
  return rule.replace(match, groupsOf(rest), { before: whole.charAt(offset - 1), after: whole.charAt(offset + match.length) });
}

export function toErasPlainText(input: string): PlainTextResult {
  // Composing changes no letter the reader sees, so it is not reported as a change.
  let text = input.replace(/\r\n?/g, '\n').normalize('NFC');
  const tallies = new Map<PlainTextChangeKind, { count: number; examples: string[] }>();
  for (const rule of RULES) {
    text = text.replace(rule.pattern, (match: string, ...rest: unknown[]) => {
      const replacement = applyRule(rule, match, rest);
      if (replacement === match) return match;
      const tally = tallies.get(rule.kind) ?? { count: 0, examples: [] };
      tally.count += 1;
      const example = describeMatch(rule.kind, match, replacement, groupsOf(rest));
      if (tally.examples.length === 0 || (LISTED_IN_FULL.has(rule.kind) && !tally.examples.includes(example))) tally.examples.push(example);
      tallies.set(rule.kind, tally);
      return replacement;
    });
  }
  // Removing symbols can leave doubled or trailing spaces; tidy those (only after a change,
  // so text that needed nothing comes back exactly as typed).
  if (tallies.size > 0) text = text.replace(/[ ]{2,}/g, ' ').replace(/[ ]+(\n|$)/g, '$1');
  const changes = [...tallies].map(([kind, { count, examples }]) => ({ kind, count, example: examples.join(', ') }));
  return { text, changes };
}
