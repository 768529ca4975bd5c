/**
 * Plain-letter spellings for the symbols and Greek letters medical writing uses, so the
 * ERAS plain-text cleanup can write them out instead of deleting them: "β-blocker" must
 * not become "-blocker", nor "10 µg" become "10 g".
 */

const GREEK_LETTER_NAMES: Readonly<Record<string, string>> = {
  α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', ζ: 'zeta', η: 'eta', θ: 'theta',
  ι: 'iota', κ: 'kappa', λ: 'lambda', μ: 'mu', ν: 'nu', ξ: 'xi', ο: 'omicron', π: 'pi', ρ: 'rho',
  σ: 'sigma', ς: 'sigma', τ: 'tau', υ: 'upsilon', φ: 'phi', χ: 'chi', ψ: 'psi', ω: 'omega',
  // The micro sign is its own character (U+00B5); alone, as in "µ-opioid", it is the letter mu.
  µ: 'mu',
};

/** "β" → "beta", "Δ" → "Delta"; undefined for a letter without a plain name (an accented one). */
export function greekLetterName(letter: string): string | undefined {
  const name = GREEK_LETTER_NAMES[letter.toLowerCase()];
  if (!name) return undefined;
  return letter === letter.toLowerCase() ? name : `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

/** Symbols with an ASCII spelling that means the same. */
export const SYMBOL_SPELLINGS: Readonly<Record<string, string>> = {
  '×': 'x',
  '≥': '>=',
  '≤': '<=',
  '±': '+/-',
  '≈': '~',
  '∼': '~',
  '≠': '!=',
  '÷': '/',
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '⇒': '=>',
};

/**
 * Currency signs written as their ISO codes. "¥" is both yen and yuan: written JPY, the more
 * usual reading, and listed in the notice like every change, so a yuan amount can be corrected.
 */
export const CURRENCY_CODES: Readonly<Record<string, string>> = { '€': 'EUR', '£': 'GBP', '¥': 'JPY' };

const SUPERSCRIPTS: Readonly<Record<string, string>> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁺': '+', '⁻': '-',
};
const SUBSCRIPTS: Readonly<Record<string, string>> = {
  '₀': '0', '₁': '1', '₂': '2', '₃': '3', '₄': '4', '₅': '5', '₆': '6', '₇': '7', '₈': '8', '₉': '9',
};

/** "⁻¹" → "^-1", as units are written in plain text ("kg^-1", "m^2"). */
export const superscriptSpelling = (run: string): string => `^${[...run].map((char) => SUPERSCRIPTS[char] ?? char).join('')}`;

/** "₂" → "2", as formulas are written in plain text ("H2O", "SpO2"). */
export const subscriptSpelling = (run: string): string => [...run].map((char) => SUBSCRIPTS[char] ?? char).join('');

/** "αβ" → "alpha-beta", as in "alpha-beta T cells"; undefined when a letter has no plain name. */
export function greekPairSpelling(pair: string): string | undefined {
  const names = [...pair].map(greekLetterName);
  return names.every((name) => name !== undefined) ? names.join('-') : undefined;
}

/** The characters either side of a match, for spellings that must not run into a neighbour. */
export interface Around {
  before: string;
  after: string;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** A word put in a symbol's place is spaced from a letter or digit it would touch: "€50" → "EUR 50", "38.5°C" → "38.5 degrees C". */
export function asWord(word: string, { before, after }: Around): string {
  return `${WORD_CHARACTER.test(before) ? ' ' : ''}${word}${WORD_CHARACTER.test(after) ? ' ' : ''}`;
}
